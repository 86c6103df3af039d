package org.entente.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.entente.localstack.test.IntegrationTest;
import org.entente.localstack.test.TestApi;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.JsonNode;

/**
 * Malformed, oversized and hostile input on every endpoint that takes a body or a query:
 * the answer is always a 4xx problem, never a 5xx.
 */
@IntegrationTest
class HostileInputIT {

    @LocalServerPort
    int port;

    static final List<String> BODIES = List.of(
            "", "null", "[]", "{", "}", "123", "\"text\"", "{\"code\": {\"$gt\": \"\"}}",
            "{\"name\": {\"$where\": \"sleep(1000)\"}, \"country\": [\"FR\"]}",
            "{\"status\": \"SIGNED\", \"on\": \"2025-02-30\"}",
            "{\"expiresOn\": 20301114}",
            "{\"startDate\": \"yesterday\", \"endDate\": null}",
            "{\"title\": {\"fr\": null, \"en\": 1e999999}}",
            "{\"parties\": [null, 1, \"x\", {\"organizationId\": null}]}",
            "{\"members\": [" + "{}, ".repeat(200) + "{}]}",
            "{\"code\": \"" + "A".repeat(100_000) + "\"}",
            "{\"name\": \"\\u0000<script>alert(1)</script>\", \"country\": \"\\uD800\"}",
            "[".repeat(5_000) + "]".repeat(5_000),
            "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000));

    static final List<String> QUERIES = List.of(
            "/api/organizations?page=-1", "/api/organizations?size=100000", "/api/organizations?sort=$where",
            "/api/organizations?q=.*(", "/api/organizations?q=" + "a".repeat(5000), "/api/organizations?country=FRA",
            "/api/organizations?type=SPY", "/api/agreements?status=", "/api/agreements?expiringBefore=2025-13-45",
            "/api/agreements?sort=code,sideways", "/api/agreements?page=abc", "/api/agreements?q=%00",
            "/api/delegations?from=tomorrow", "/api/delegations?status=LOST", "/api/delegations?size=0",
            "/api/agreements/%2e%2e%2f%2e%2e%2fetc", "/api/agreements/" + "x".repeat(3000),
            "/api/organizations/{\"$ne\":null}", "/api/delegations/nope/status");

    @Test
    void noBodyOrQueryGetsA5xxAndEveryRefusalIsAProblem() {
        TestApi api = new TestApi(port);
        Fixtures fixtures = new Fixtures(api);
        String organizationId = fixtures.organization("Hostile", "FR");
        String agreementId = fixtures.agreement();
        List<String[]> targets = List.of(
                new String[] {"POST", "/api/organizations"},
                new String[] {"PUT", "/api/organizations/" + organizationId},
                new String[] {"POST", "/api/agreements"},
                new String[] {"PUT", "/api/agreements/" + agreementId},
                new String[] {"PATCH", "/api/agreements/" + agreementId},
                new String[] {"POST", "/api/agreements/" + agreementId + "/status"},
                new String[] {"POST", "/api/agreements/" + agreementId + "/renewals"},
                new String[] {"POST", "/api/agreements/" + agreementId + "/delegations"},
                new String[] {"POST", "/api/delegations"},
                new String[] {"PUT", "/api/agreements/" + agreementId + "/renewal-notice/decision"},
                new String[] {"PUT", "/api/agreements/" + agreementId + "/renewal-notice/reminders"},
                new String[] {"PUT", "/api/agreements/" + agreementId + "/contacts"},
                new String[] {"PUT", "/api/organizations/" + organizationId + "/contacts"});
        List<String> failures = new ArrayList<>();

        for (String[] target : targets) {
            for (String body : BODIES) {
                check(failures, target[0] + " " + target[1] + " " + abbreviate(body), api.send(HttpMethod.valueOf(target[0]),
                        target[1], body, headers -> headers.setIfMatch("\"1\"")));
            }
            check(failures, target[0] + " " + target[1] + " as text/plain", api.send(HttpMethod.valueOf(target[0]),
                    target[1], MediaType.TEXT_PLAIN, "hello", headers -> headers.setIfMatch("\"1\"")));
        }
        for (String query : QUERIES) {
            check(failures, "GET " + abbreviate(query), api.get(query.replace("{", "%7B").replace("}", "%7D")));
        }
        check(failures, "DELETE agreement", api.send(HttpMethod.DELETE, "/api/agreements/" + agreementId, null, headers -> { }));
        check(failures, "oversized body", api.post("/api/organizations", Map.of("name", "x".repeat(2_000_000))));

        assertThat(failures).isEmpty();
    }

    private static void check(List<String> failures, String what, ResponseEntity<JsonNode> answer) {
        int status = answer.getStatusCode().value();
        if (status >= 500) {
            failures.add(what + " -> " + status);
        } else if (status >= 400 && !MediaType.APPLICATION_PROBLEM_JSON.equals(answer.getHeaders().getContentType())) {
            failures.add(what + " -> " + status + " without a problem body (" + answer.getHeaders().getContentType() + ")");
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }
}
