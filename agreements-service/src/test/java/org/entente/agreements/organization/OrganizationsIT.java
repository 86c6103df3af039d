package org.entente.agreements.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.entente.localstack.test.IntegrationTest;
import org.entente.localstack.test.TestApi;
import org.entente.localstack.test.TestInfrastructure;
import org.entente.localstack.test.TopicRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class OrganizationsIT {

    @LocalServerPort
    int port;

    @Value("${entente.topics.agreements}")
    String topic;

    TestApi api;
    String unique;

    @BeforeEach
    void setUp() {
        api = new TestApi(port);
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void registeringAnOrganizationPublishesItsEvent() {
        ResponseEntity<JsonNode> created = api.post("/api/organizations", insp());

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getHeaders().getETag()).isEqualTo("\"1\"");
        String id = created.getBody().get("id").asString();
        assertThat(created.getBody().has("searchKeys")).isFalse();
        List<ConsumerRecord<String, String>> records = TopicRecords.await(TestInfrastructure.get().kafkaBootstrapServers(),
                topic, record -> id.equals(record.key()), found -> !found.isEmpty(), Duration.ofSeconds(30));
        assertThat(records).singleElement().satisfies(record ->
                assertThat(TopicRecords.header(record, "ce_type")).isEqualTo("entente.organization.registered.v1"));
    }

    @Test
    void theSameNameInTheSameCountryIsA409NamingTheExistingOne() {
        String first = api.post("/api/organizations", insp()).getBody().get("id").asString();
        Map<String, Object> again = insp();
        again.put("name", "INSTITUT NATIONAL DU SERVICE PUBLIC " + unique.toUpperCase()); // case differs

        ResponseEntity<JsonNode> duplicate = api.post("/api/organizations", again);

        assertThat(duplicate.getStatusCode().value()).isEqualTo(409);
        assertThat(duplicate.getBody().get("existingId").asString()).isEqualTo(first);
        assertThat(duplicate.getBody().get("detail").asString()).contains(first);
    }

    @Test
    void theSameNameInAnotherCountryIsAnotherOrganization() {
        api.post("/api/organizations", insp());
        Map<String, Object> elsewhere = insp();
        elsewhere.put("country", "BE");

        assertThat(api.post("/api/organizations", elsewhere).getStatusCode().value()).isEqualTo(201);
    }

    @Test
    void anInvalidCountryOrAnUnknownFieldIsA400NamingIt() {
        Map<String, Object> badCountry = insp();
        badCountry.put("country", "XX");
        Map<String, Object> countryName = insp();
        countryName.put("country", "France");
        Map<String, Object> unknownField = insp();
        unknownField.put("colour", "blue");

        assertThat(fields(api.post("/api/organizations", badCountry))).containsExactly("country");
        // Too long and not a code: one error, in the words of the rule.
        ResponseEntity<JsonNode> named = api.post("/api/organizations", countryName);
        assertThat(fields(named)).containsExactly("country");
        assertThat(named.getBody().get("errors").get(0).get("message").asString())
                .isEqualTo("must be an ISO 3166-1 alpha-2 country code such as FR or KZ");
        assertThat(fields(api.post("/api/organizations", unknownField))).containsExactly("colour");
    }

    @Test
    void searchFindsByAcronymAndByNameInAnotherLanguageIgnoringAccents() {
        String id = api.post("/api/organizations", Map.of(
                "name", "Agence du service public " + unique, "acronym", "ACSA" + unique, "country", "KZ",
                "type", "GOVERNMENT_AGENCY",
                "names", Map.of("en", "Agency for Civil Service Affairs " + unique, "kk", "Мемлекеттік қызмет істері агенттігі " + unique)))
                .getBody().get("id").asString();

        assertThat(ids("/api/organizations?q=acsa" + unique)).containsExactly(id);
        assertThat(ids("/api/organizations?q=civil service affairs " + unique)).containsExactly(id);
        assertThat(ids("/api/organizations?q=agence du service public " + unique + "&country=KZ&type=GOVERNMENT_AGENCY"))
                .containsExactly(id);
        assertThat(ids("/api/organizations?q=" + unique + "&country=FR")).isEmpty();
    }

    @Test
    void searchPagesAndRefusesAnUnknownSortField() {
        for (int i = 0; i < 3; i++) {
            Map<String, Object> organization = insp();
            organization.put("name", "Paged " + unique + " " + i);
            api.post("/api/organizations", organization);
        }

        JsonNode page = api.get("/api/organizations?q=paged " + unique + "&size=2&sort=name,desc").getBody();

        assertThat(page.get("totalItems").asLong()).isEqualTo(3);
        assertThat(page.get("totalPages").asInt()).isEqualTo(2);
        assertThat(page.get("items").get(0).get("name").asString()).isEqualTo("Paged " + unique + " 2");
        assertThat(fields(api.get("/api/organizations?sort=password"))).containsExactly("sort");
    }

    @Test
    void replacingNeedsIfMatchAndRefusesAStaleVersion() {
        ResponseEntity<JsonNode> created = api.post("/api/organizations", insp());
        String path = "/api/organizations/" + created.getBody().get("id").asString();
        Map<String, Object> changed = insp();
        changed.put("website", "https://insp.gouv.fr/international");

        ResponseEntity<JsonNode> withoutIfMatch = api.send(HttpMethod.PUT, path, changed, headers -> { });
        ResponseEntity<JsonNode> replaced = api.send(HttpMethod.PUT, path, changed, headers -> headers.setIfMatch("\"1\""));
        ResponseEntity<JsonNode> stale = api.send(HttpMethod.PUT, path, insp(), headers -> headers.setIfMatch("\"1\""));

        assertThat(withoutIfMatch.getStatusCode().value()).isEqualTo(428);
        assertThat(replaced.getStatusCode().value()).isEqualTo(200);
        assertThat(replaced.getHeaders().getETag()).isEqualTo("\"2\"");
        assertThat(replaced.getBody().get("website").asString()).isEqualTo("https://insp.gouv.fr/international");
        assertThat(stale.getStatusCode().value()).isEqualTo(412);
        assertThat(api.get(path).getBody().get("website").asString()).isEqualTo("https://insp.gouv.fr/international");
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyReturnsTheFirstResponseAndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = insp();

        ResponseEntity<JsonNode> first = api.send(HttpMethod.POST, "/api/organizations", body,
                headers -> headers.set("Idempotency-Key", key));
        ResponseEntity<JsonNode> retry = api.send(HttpMethod.POST, "/api/organizations", body,
                headers -> headers.set("Idempotency-Key", key));
        Map<String, Object> other = insp();
        other.put("name", "Another " + unique);
        ResponseEntity<JsonNode> reused = api.send(HttpMethod.POST, "/api/organizations", other,
                headers -> headers.set("Idempotency-Key", key));

        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(retry.getStatusCode().value()).isEqualTo(201);
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.getBody().get("id")).isEqualTo(first.getBody().get("id"));
        assertThat(retry.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(reused.getStatusCode().value()).isEqualTo(422);
        assertThat(api.get("/api/organizations?q=institut national du service public " + unique).getBody()
                .get("totalItems").asLong()).isEqualTo(1);
    }

    @Test
    void anUnknownOrganizationIsA404() {
        assertThat(api.get("/api/organizations/{id}", "no-such-id").getStatusCode().value()).isEqualTo(404);
    }

    private Map<String, Object> insp() {
        Map<String, Object> organization = new HashMap<>();
        organization.put("name", "Institut national du service public " + unique);
        organization.put("acronym", "INSP");
        organization.put("country", "FR");
        organization.put("type", "SCHOOL_OR_ACADEMY");
        organization.put("website", "https://insp.gouv.fr");
        organization.put("names", Map.of("en", "National Institute of Public Service " + unique));
        return organization;
    }

    private List<String> ids(String path) {
        return api.get(path).getBody().get("items").valueStream().map(item -> item.get("id").asString()).toList();
    }

    private static List<String> fields(ResponseEntity<JsonNode> answer) {
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        return answer.getBody().get("errors").findValuesAsString("field");
    }
}
