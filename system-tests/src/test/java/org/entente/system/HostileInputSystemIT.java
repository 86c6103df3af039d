package org.entente.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.entente.localstack.LocalSystem;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Malformed, oversized and hostile requests on every endpoint of the three services, as the
 * running system gets them (Tomcat, filters and all): none gets a 5xx, and every refusal is
 * a problem-details document. The reads are sent again as staff, manager and stakeholder,
 * whose answers take other paths than an administrator's.
 */
class HostileInputSystemIT extends SystemTest {

    static final String HUGE = "x".repeat(2_000_000);

    /** Bodies no endpoint should take: broken JSON, wrong shapes and types, unknown fields, nulls, huge and deep. */
    static final List<String> BODIES = List.of(
            "", "null", "[]", "{", "}", "123", "\"text\"", "{\"unknownField\": true}",
            "{\"code\": {\"$gt\": \"\"}, \"name\": {\"$where\": \"sleep(1000)\"}}",
            "{\"code\": 123, \"kind\": [\"MOU\"], \"title\": \"not a map\", \"themes\": \"leadership\"}",
            "{\"status\": 5, \"on\": \"2025-02-30\", \"percentComplete\": \"half\"}",
            "{\"status\": \"SIGNED\", \"on\": \"2025-02-30\"}",
            "{\"startDate\": \"yesterday\", \"endDate\": null, \"dueDate\": 20301114}",
            "{\"title\": null, \"parties\": null, \"code\": null, \"themes\": [null], \"indicators\": null}",
            "{\"title\": {\"fr\": null, \"en\": 1e999999}, \"target\": -1e400}",
            "{\"parties\": [null, 1, \"x\", {\"organizationId\": null}], \"channels\": [\"PIGEON\"]}",
            "{\"subscriber\": {\"id\": \"../../etc/passwd\", \"timeZone\": \"Mars/Olympus\", \"email\": \"@\"}, "
                    + "\"follow\": {\"countries\": [\"ZZZ\"]}, \"webhook\": {\"url\": \"file:///etc/passwd\"}}",
            "{\"indicatorValues\": [{\"name\": null, \"value\": \"NaN\"}], \"milestonesReached\": [1, 2]}",
            "{\"members\": [" + "{}, ".repeat(500) + "{}]}",
            "{\"code\": \"" + "A".repeat(200_000) + "\", \"name\": \"" + "B".repeat(200_000) + "\"}",
            "{\"name\": \"\\u0000<script>alert(1)</script>\", \"country\": \"\\uD800\", \"note\": \"\\uDFFF\"}",
            "[".repeat(5_000) + "]".repeat(5_000),
            "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000),
            "{\"note\": \"" + HUGE + "\"}");

    /** Headers sent with a well-formed body: wrong content types and broken preconditions and keys. */
    static final List<String[]> HEADERS = List.of(
            new String[] {"Content-Type", "text/plain"},
            new String[] {"Content-Type", "application/xml"},
            new String[] {"Content-Type", "application/json; charset=klingon"},
            new String[] {"Content-Type", "multipart/form-data; boundary=nothing"},
            new String[] {"Content-Type", "application/merge-patch+json"},
            new String[] {"If-Match", "*"},
            new String[] {"If-Match", "\"not-a-version\""},
            new String[] {"If-Match", "W/\"1\""},
            new String[] {"If-Match", "\"99999999999999999999999\""},
            new String[] {"If-Match", "\"-1\", \"1\""},
            new String[] {"Idempotency-Key", "k".repeat(5_000)},
            new String[] {"Accept-Language", "xx-" + "y".repeat(500)});

    /** Ids a path may be given instead of a real one. */
    static final List<String> IDS = List.of(
            "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..%252f..%252fetc", "%00", "%7B%22$ne%22:null%7D", "x".repeat(3_000),
            "%E2%80%AE", "'%20OR%201=1--", "..;", "a%0D%0ASet-Cookie:%20x=y");

    @Test
    void noHostileRequestGetsA5xxAndEveryRefusalIsAProblem() {
        String insp = organization("Institut national du service public", "FR");
        String agency = organization("Agency for Civil Service Affairs", "KZ");
        String agreement = created(post("agreements-service", "/api/agreements", memorandum("HOSTILE-" + UUID.randomUUID(),
                insp, agency)));
        String visit = created(post("agreements-service", "/api/agreements/" + agreement + "/delegations", """
                {"direction": "INCOMING", "hostOrganizationId": "%s", "visitingOrganizationId": "%s",
                 "leader": {"name": "Darkhan Zhazykbay", "title": "Chairman"},
                 "startDate": "2025-11-14", "endDate": "2025-11-14", "city": "Paris", "country": "FR",
                 "purpose": "Signing of the memorandum"}""".formatted(insp, agency)));
        String action = created(post("actions-service", "/api/agreements/" + agreement + "/actions", """
                {"reference": "H-1", "title": "Leadership training", "category": "TRAINING"}"""));
        String subscription = created(post("notify-service", "/api/subscriptions", """
                {"subscriber": {"id": "hostile", "name": "Aigerim Bekova", "email": "aigerim@example.org"},
                 "follow": {"countries": ["KZ"]}, "channels": ["EMAIL"]}"""));

        List<String[]> writes = List.of(
                new String[] {"agreements-service", "POST", "/api/organizations"},
                new String[] {"agreements-service", "PUT", "/api/organizations/" + insp},
                new String[] {"agreements-service", "POST", "/api/agreements"},
                new String[] {"agreements-service", "PUT", "/api/agreements/" + agreement},
                new String[] {"agreements-service", "PATCH", "/api/agreements/" + agreement},
                new String[] {"agreements-service", "POST", "/api/agreements/" + agreement + "/status"},
                new String[] {"agreements-service", "POST", "/api/agreements/" + agreement + "/renewals"},
                new String[] {"agreements-service", "POST", "/api/agreements/" + agreement + "/documents"},
                new String[] {"agreements-service", "POST", "/api/agreements/" + agreement + "/delegations"},
                new String[] {"agreements-service", "POST", "/api/delegations"},
                new String[] {"agreements-service", "PUT", "/api/delegations/" + visit},
                new String[] {"agreements-service", "POST", "/api/delegations/" + visit + "/status"},
                new String[] {"actions-service", "POST", "/api/agreements/" + agreement + "/actions"},
                new String[] {"actions-service", "PUT", "/api/actions/" + action},
                new String[] {"actions-service", "PATCH", "/api/actions/" + action},
                new String[] {"actions-service", "POST", "/api/actions/" + action + "/status"},
                new String[] {"actions-service", "POST", "/api/actions/" + action + "/progress"},
                new String[] {"notify-service", "POST", "/api/subscriptions"},
                new String[] {"notify-service", "PUT", "/api/subscriptions/" + subscription},
                new String[] {"notify-service", "POST", "/api/deliveries/" + UUID.randomUUID() + "/retry"},
                new String[] {"notify-service", "POST", "/api/subscribers/hostile/inbox/" + UUID.randomUUID() + "/read"},
                new String[] {"notify-service", "POST", "/api/unsubscribe/not-a-token"});
        List<String[]> reads = new ArrayList<>(List.of(
                // Plain reads first: what every screen asks, with no filter.
                new String[] {"agreements-service", "/api/organizations"},
                new String[] {"agreements-service", "/api/agreements"},
                new String[] {"agreements-service", "/api/agreements/" + agreement},
                new String[] {"agreements-service", "/api/delegations"},
                new String[] {"actions-service", "/api/actions"},
                new String[] {"actions-service", "/api/indicators"},
                new String[] {"actions-service", "/api/agreements/" + agreement + "/plan"},
                new String[] {"notify-service", "/api/timeline"},
                new String[] {"notify-service", "/api/agreements/" + agreement + "/timeline"},
                new String[] {"agreements-service", "/api/organizations?page=-1&size=100000&sort=$where"},
                new String[] {"agreements-service", "/api/organizations?q=.*(&country=FRA&type=SPY&size=abc"},
                new String[] {"agreements-service", "/api/organizations?q=" + "a".repeat(5_000)},
                new String[] {"agreements-service", "/api/agreements?status=&kind=TREATY&expiringBefore=2025-13-45"},
                new String[] {"agreements-service", "/api/agreements?sort=code,sideways&page=abc&q=%00"},
                new String[] {"agreements-service", "/api/agreements?sort=" + "title.".repeat(300) + "&size=-5"},
                new String[] {"agreements-service", "/api/delegations?from=tomorrow&status=LOST&size=0"},
                new String[] {"agreements-service", "/api/delegations?direction=SIDEWAYS&agreementId=%7B%22$ne%22:1%7D"},
                new String[] {"agreements-service", "/api/agreements/" + agreement + "/delegations?to=31/12/2025&sort=-"},
                new String[] {"agreements-service", "/api/agreements/" + agreement + "/documents/..%2F..%2Fetc"},
                new String[] {"actions-service", "/api/actions?status=LOST&category=SPYING&dueBefore=soon&overdue=maybe"},
                new String[] {"actions-service", "/api/actions?page=99999999999&size=2147483648&sort=$natural"},
                new String[] {"actions-service", "/api/agreements/" + agreement + "/actions?owner=%00&sort=dueDate,up"},
                new String[] {"actions-service", "/api/actions/" + action + "/progress?page=-3&size=-3"},
                new String[] {"actions-service", "/api/indicators?agreementId=%7B%7D&country=" + "Z".repeat(3_000)},
                new String[] {"notify-service", "/api/timeline?after=garbage&limit=-1&from=yesterday&to=2025-02-30"},
                new String[] {"notify-service", "/api/timeline?limit=100000000000&types=%00,,&lang=" + "x".repeat(500)},
                new String[] {"notify-service", "/api/agreements/" + agreement + "/timeline?after=eyJ9&limit=abc"},
                new String[] {"notify-service", "/api/agreements/" + agreement + "/calendar.ics?lang=%E2%80%AE"},
                new String[] {"notify-service", "/api/agreements/" + agreement + "/feed.atom?limit=-5"},
                new String[] {"notify-service", "/api/subscribers/hostile/inbox?unread=maybe&page=-1&size=0"},
                new String[] {"notify-service", "/api/subscriptions?subscriberId=%7B%22$ne%22:null%7D&size=100000"},
                new String[] {"notify-service", "/api/deliveries"},
                new String[] {"notify-service", "/api/deliveries?subscriptionId=" + subscription + "&status=LOST&page=x"},
                new String[] {"notify-service", "/api/unsubscribe/" + "t".repeat(3_000)}));
        for (String id : IDS) {
            reads.add(new String[] {"agreements-service", "/api/organizations/" + id});
            reads.add(new String[] {"agreements-service", "/api/agreements/" + id});
            reads.add(new String[] {"agreements-service", "/api/delegations/" + id});
            reads.add(new String[] {"agreements-service", "/api/agreements/" + id + "/documents"});
            reads.add(new String[] {"actions-service", "/api/actions/" + id});
            reads.add(new String[] {"actions-service", "/api/agreements/" + id + "/plan"});
            reads.add(new String[] {"notify-service", "/api/agreements/" + id + "/timeline"});
            reads.add(new String[] {"notify-service", "/api/agreements/" + id + "/feed.atom"});
            reads.add(new String[] {"notify-service", "/api/subscriptions/" + id});
            reads.add(new String[] {"notify-service", "/api/deliveries/" + id});
            reads.add(new String[] {"notify-service", "/api/subscribers/" + id + "/inbox"});
        }
        List<String> failures = new ArrayList<>();
        int requests = 0;

        for (String[] write : writes) {
            for (String body : BODIES) {
                check(failures, write[1] + " " + write[2] + " " + abbreviate(body),
                        send(write[0], write[1], write[2], body, "If-Match", "\"1\""));
                requests++;
            }
            for (String[] header : HEADERS) {
                check(failures, write[1] + " " + write[2] + " " + header[0] + ": " + abbreviate(header[1]),
                        send(write[0], write[1], write[2], "{\"name\": \"x\"}", header));
                requests++;
            }
        }
        for (String[] read : reads) {
            check(failures, "GET " + abbreviate(read[1]), send(read[0], "GET", read[1], null));
            requests++;
        }
        // Every role reads through other paths than an administrator (restricted agreements, own data only).
        for (String role : List.of("staff", "manager", "stakeholder")) {
            String token = "Bearer " + demoToken(role);
            for (String[] read : reads) {
                check(failures, role + " GET " + abbreviate(read[1]), send(read[0], "GET", read[1], null,
                        "Authorization", token));
                requests++;
            }
        }
        for (String id : IDS) {
            check(failures, "DELETE action " + abbreviate(id), send("actions-service", "DELETE", "/api/actions/" + id, null,
                    "If-Match", "\"1\""));
            check(failures, "DELETE subscription " + abbreviate(id), send("notify-service", "DELETE",
                    "/api/subscriptions/" + id, null, "If-Match", "\"1\""));
            requests += 2;
        }

        assertThat(requests).isGreaterThan(500);
        assertThat(failures).isEmpty();
    }

    /** Query strings Tomcat cannot decode: bad percent-encoding, and bytes that are not UTF-8, encoded or raw. */
    static final List<String> QUERY_STRINGS = List.of("q=%zz", "page=%FF", "x=%C3%28", "%zz=1", "a=%", "a=%2",
            "q=%E2%82", "q=%C0%AF", "types=%00%FF", "q=\u00ff", "q=caf\u00e9", "q=\u00c3\u0028");

    /** Header values with bytes outside ASCII, and broken charsets, on headers the services read. */
    static final List<String[]> RAW_HEADERS = List.of(
            new String[] {"Accept-Language", "\u00ff\u00fe"}, new String[] {"Accept-Language", "fr;q=\u00ff"},
            new String[] {"If-Match", "\"\u00c3\u0028\""}, new String[] {"Idempotency-Key", "\u00ff\u00c3"},
            new String[] {"X-Request-Id", "\u0080\u00ff"}, new String[] {"Content-Type", "application/json; charset=\u00ff"});

    /** Bodies whose content type lies about them, or multipart cut off or malformed: content type, body. */
    static final List<String[]> LYING_BODIES = List.of(
            new String[] {"multipart/form-data", "{\"name\": \"x\"}"},
            new String[] {"multipart/form-data; boundary=", "{\"name\": \"x\"}"},
            new String[] {"multipart/form-data; boundary=B", "{\"name\": \"x\"}"},
            new String[] {"multipart/mixed; boundary=B", part("a.pdf") + "--B--\r\n"},
            new String[] {"application/json", part("a.pdf") + "--B--\r\n"},
            new String[] {"application/x-www-form-urlencoded", "a=%zz&b=%FF&name=%C3%28"},
            new String[] {"application/x-www-form-urlencoded", "=&&=%&file=x"},
            new String[] {"text/plain; charset=utf-8", "\u00ff\u00fe"},
            new String[] {"application/octet-stream", "\u0000\u0001\u0002"},
            new String[] {"multipart/form-data; boundary=B", part("a.pdf").substring(0, 90)},
            new String[] {"multipart/form-data; boundary=B", part("a.pdf")},
            new String[] {"multipart/form-data; boundary=B", part("a\u0000b.pdf") + "--B--\r\n"},
            new String[] {"multipart/form-data; boundary=B", part("..%2F..%2Fetc%2Fpasswd") + "--B--\r\n"},
            new String[] {"multipart/form-data; boundary=B", "--B\r\nContent-Disposition: form-data\r\n\r\nx\r\n--B--\r\n"},
            new String[] {"multipart/form-data; boundary=B", "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + "x".repeat(20_000) + "\"\r\n\r\nx\r\n--B--\r\n"},
            new String[] {"multipart/form-data; boundary=B", "--B\r\n\r\n\r\n--B--\r\n"},
            new String[] {"multipart/form-data; boundary=" + "B".repeat(100), "--B--"});

    /**
     * The classes of malformed request of the outside run, on every operation of the three
     * OpenAPI documents (so an endpoint added later is covered without editing this test),
     * as an administrator and anonymously, sent as raw bytes so nothing on the way corrects
     * them: none gets a 5xx, each refusal is a problem, and no service logs an unexpected error.
     */
    @Test
    void noMalformedRequestOnAnyDocumentedOperationGetsA5xx() throws IOException {
        String agreement = created(post("agreements-service", "/api/agreements", memorandum("MALFORMED-" + UUID.randomUUID(),
                organization("Institut national du service public", "FR"), organization("Agency", "KZ"))));
        Map<String, Long> logSizes = new LinkedHashMap<>();
        for (LocalSystem.Service service : system.services()) {
            logSizes.put(service.name(), Files.size(log(service)));
        }
        List<String> failures = new ArrayList<>();
        int requests = 0;
        int operations = 0;

        for (LocalSystem.Service service : system.services()) {
            JsonNode paths = send(service.name(), "GET", "/v3/api-docs", null).body().get("paths");
            List<String[]> documented = new ArrayList<>();
            documented.add(new String[] {"GET", "/actuator/health"});
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                for (String method : List.of("get", "post", "put", "patch", "delete")) {
                    if (path.getValue().has(method)) {
                        documented.add(new String[] {method.toUpperCase(), path.getKey().replaceAll("\\{[^}]+}", agreement)});
                    }
                }
            }
            operations += documented.size() - 1;
            for (String[] operation : documented) {
                String method = operation[0];
                String path = operation[1];
                boolean body = !method.equals("GET") && !method.equals("DELETE");
                for (String authorization : new String[] {"Bearer " + adminToken, null}) {
                    String who = authorization == null ? "anonymous " : "";
                    for (String query : QUERY_STRINGS) {
                        check(failures, who + method + " " + path + "?" + query, service, RawHttp.send(service.port(), method, path + "?" + query,
                                authorization, body ? "application/json" : null, body ? "{}" : null));
                        requests++;
                    }
                    for (String[] header : RAW_HEADERS) {
                        check(failures, who + method + " " + path + " " + header[0] + ": " + header[1], service,
                                RawHttp.send(service.port(), method, path, authorization, header[0].equals("Content-Type") ? header[1]
                                        : "application/json", body ? "{}" : null, header));
                        requests++;
                    }
                    if (!body) {
                        continue;
                    }
                    for (String[] lying : LYING_BODIES) {
                        check(failures, who + method + " " + path + " as " + abbreviate(lying[0]) + ": " + abbreviate(lying[1]),
                                service, RawHttp.send(service.port(), method, path, authorization, lying[0], lying[1]));
                        requests++;
                    }
                }
            }
        }
        List<String> logged = new ArrayList<>();
        for (LocalSystem.Service service : system.services()) {
            try (InputStream in = Files.newInputStream(log(service))) {
                in.skipNBytes(logSizes.get(service.name()));
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(line -> line.contains("Unexpected error") || line.contains("threw exception")
                                || line.startsWith("\tat "))
                        .limit(5).forEach(line -> logged.add(service.name() + ": " + line));
            }
        }

        assertThat(operations).as("documented operations").isGreaterThan(40);
        assertThat(requests).isGreaterThan(1_500);
        assertThat(failures).isEmpty();
        assertThat(logged).as("stack traces and unexpected errors logged").isEmpty();
    }

    /** Like Kafka, MongoDB, SMTP and the issuer, the services are not reachable from the network in the local run. */
    @Test
    void theServicesListenOnLoopbackOnly() throws IOException {
        InetAddress outside = null;
        for (NetworkInterface network : NetworkInterface.networkInterfaces().toList()) {
            if (network.isUp() && !network.isLoopback()) {
                outside = network.inetAddresses().filter(address -> address instanceof Inet4Address).findFirst()
                        .orElse(outside);
            }
        }
        Assumptions.assumeTrue(outside != null, "this machine has no address but loopback");

        for (LocalSystem.Service service : system.services()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(outside, service.port()), 2_000);
                throw new AssertionError(service.name() + " answers on " + outside.getHostAddress() + ":" + service.port());
            } catch (IOException refused) {
                // what is wanted
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), service.port()), 2_000);
            }
        }
    }

    private static Path log(LocalSystem.Service service) {
        return system.settings().logs().resolve(service.name() + ".log");
    }

    /** A multipart body with one file part, to cut or close as a case needs. */
    private static String part(String fileName) {
        return "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 hello\r\n";
    }

    private static void check(List<String> failures, String what, LocalSystem.Service service, RawHttp.Answer answer) {
        if (answer.status() < 0) {
            failures.add(service.name() + " " + what + " -> no answer");
        } else if (answer.status() >= 500) {
            failures.add(service.name() + " " + what + " -> " + answer.status() + " " + abbreviate(answer.body()));
        } else if (answer.status() >= 400 && !answer.contentType().startsWith("application/problem+json")) {
            failures.add(service.name() + " " + what + " -> " + answer.status() + " without a problem body ("
                    + answer.contentType() + ")");
        }
    }

    private static void check(List<String> failures, String what, Answer answer) {
        int status = answer.status();
        String contentType = answer.raw().headers().firstValue("Content-Type").orElse("none");
        if (status >= 500) {
            failures.add(what + " -> " + status + " " + abbreviate(answer.raw().body()));
        } else if (status >= 400 && !contentType.startsWith("application/problem+json")) {
            failures.add(what + " -> " + status + " without a problem body (" + contentType + ")");
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }
}
