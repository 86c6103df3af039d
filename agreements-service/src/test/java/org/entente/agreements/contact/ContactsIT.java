package org.entente.agreements.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.entente.agreements.Fixtures;
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
import tools.jackson.databind.json.JsonMapper;

/** Contacts of organizations and agreements through HTTP, MongoDB and Kafka. */
@IntegrationTest
class ContactsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Value("${entente.topics.agreements}")
    String topic;

    TestApi api;
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new TestApi(port);
        fixtures = new Fixtures(api);
    }

    @Test
    void anAgreementsContactsAreReplacedUnderIfMatchAndPublished() {
        String id = fixtures.agreement();
        String path = "/api/agreements/" + id + "/contacts";
        Map<String, Object> body = Map.of("contacts", List.of(focalPoint(), legal()));

        ResponseEntity<JsonNode> withoutIfMatch = api.send(HttpMethod.PUT, path, body, headers -> { });
        ResponseEntity<JsonNode> replaced = api.send(HttpMethod.PUT, path, body, headers -> headers.setIfMatch("\"1\""));
        ResponseEntity<JsonNode> stale = api.send(HttpMethod.PUT, path, Map.of("contacts", List.of()),
                headers -> headers.setIfMatch("\"1\""));

        assertThat(withoutIfMatch.getStatusCode().value()).isEqualTo(428);
        assertThat(replaced.getStatusCode().value()).isEqualTo(200);
        assertThat(replaced.getBody().get("contacts").findValuesAsString("email"))
                .containsExactly("a.serikbayeva@example.kz", "jean.dupont@example.org");
        assertThat(stale.getStatusCode().value()).isEqualTo(412);
        JsonNode event = JSON.readTree(events(id, "entente.agreement.contacts-changed.v1", 1).get(0).value());
        assertThat(event.get("contacts").findValuesAsString("role")).containsExactly("FOCAL_POINT", "LEGAL");
    }

    @Test
    void oversizedOrMalformedContactFieldsAre400sNamingTheField() {
        String id = fixtures.agreement();
        String path = "/api/agreements/" + id + "/contacts";

        assertThat(fieldsRefused(path, Map.of("name", "x".repeat(201), "role", "LEGAL")))
                .containsExactly("contacts[0].name");
        assertThat(fieldsRefused(path, Map.of("name", "Jean Dupont", "email", "not an address", "role", "LEGAL")))
                .containsExactly("contacts[0].email");
        assertThat(fieldsRefused(path, Map.of("name", "Jean Dupont", "phone", "call me maybe", "role", "LEGAL")))
                .containsExactly("contacts[0].phone");
        assertThat(fieldsRefused(path, Map.of("name", "Jean Dupont", "language", "French", "role", "LEGAL")))
                .containsExactly("contacts[0].language");
        assertThat(fieldsRefused(path, Map.of("name", "Aigul Serikbayeva", "role", "FOCAL_POINT")))
                .containsExactly("contacts[0].email");
        ResponseEntity<JsonNode> unknownRole = api.send(HttpMethod.PUT, path,
                Map.of("contacts", List.of(Map.of("name", "Jean Dupont", "role", "MASCOT"))),
                headers -> headers.setIfMatch("\"1\""));
        assertThat(unknownRole.getStatusCode().value()).isEqualTo(400);
        assertThat(unknownRole.getBody().toString()).contains("role");
        assertThat(api.get("/api/agreements/{id}", id).getHeaders().getETag()).isEqualTo("\"1\"");
    }

    @Test
    void focalPointsAreMadeStakeholdersInOneStep() {
        String id = fixtures.agreement();
        String path = "/api/agreements/" + id + "/contacts/focal-points/stakeholders";
        ResponseEntity<JsonNode> withoutFocalPoint = api.send(HttpMethod.POST, path, null,
                headers -> headers.setIfMatch("\"1\""));
        api.send(HttpMethod.PUT, "/api/agreements/" + id + "/contacts",
                Map.of("contacts", List.of(focalPoint(), legal())), headers -> headers.setIfMatch("\"1\""));

        ResponseEntity<JsonNode> added = api.send(HttpMethod.POST, path, null, headers -> headers.setIfMatch("\"2\""));

        assertThat(withoutFocalPoint.getStatusCode().value()).isEqualTo(422);
        assertThat(added.getStatusCode().value()).isEqualTo(200);
        JsonNode event = JSON.readTree(events(id, "entente.agreement.stakeholders-added.v1", 1).get(0).value());
        assertThat(event.get("stakeholders").findValuesAsString("email")).containsExactly("a.serikbayeva@example.kz");
    }

    @Test
    void anOrganizationsContactsAreReplacedAndPublished() {
        String id = fixtures.organization("Ministry of Digital Development", "KZ");
        String path = "/api/organizations/" + id + "/contacts";

        ResponseEntity<JsonNode> replaced = api.send(HttpMethod.PUT, path, Map.of("contacts", List.of(focalPoint())),
                headers -> headers.setIfMatch("\"1\""));
        ResponseEntity<JsonNode> malformed = api.send(HttpMethod.PUT, path,
                Map.of("contacts", List.of(Map.of("name", "X", "email", "@", "role", "FINANCE"))),
                headers -> headers.setIfMatch("\"2\""));

        assertThat(replaced.getStatusCode().value()).isEqualTo(200);
        assertThat(replaced.getBody().get("contacts").get(0).get("name").asString()).isEqualTo("Aigul Serikbayeva");
        assertThat(malformed.getStatusCode().value()).isEqualTo(400);
        assertThat(malformed.getBody().get("errors").findValuesAsString("field")).containsExactly("contacts[0].email");
        JsonNode event = JSON.readTree(events(id, "entente.organization.contacts-changed.v1", 1).get(0).value());
        assertThat(event.get("contacts").get(0).get("email").asString()).isEqualTo("a.serikbayeva@example.kz");
    }

    private List<String> fieldsRefused(String path, Map<String, Object> contact) {
        ResponseEntity<JsonNode> answer = api.send(HttpMethod.PUT, path, Map.of("contacts", List.of(contact)),
                headers -> headers.setIfMatch("\"1\""));
        assertThat(answer.getStatusCode().value()).as(contact.toString()).isEqualTo(400);
        return answer.getBody().get("errors").findValuesAsString("field");
    }

    private static Map<String, Object> focalPoint() {
        Map<String, Object> contact = new HashMap<>();
        contact.put("name", "Aigul Serikbayeva");
        contact.put("function", "Head of international cooperation");
        contact.put("email", "a.serikbayeva@example.kz");
        contact.put("phone", "+7 7172 00 00 00");
        contact.put("language", "en");
        contact.put("role", "FOCAL_POINT");
        return contact;
    }

    private static Map<String, Object> legal() {
        return Map.of("name", "Jean Dupont", "function", "Legal adviser", "email", "jean.dupont@example.org",
                "language", "fr", "role", "LEGAL");
    }

    private List<ConsumerRecord<String, String>> events(String key, String type, int expected) {
        return TopicRecords.await(TestInfrastructure.get().kafkaBootstrapServers(), topic,
                record -> key.equals(record.key()) && type.equals(TopicRecords.header(record, "ce_type")),
                found -> found.size() >= expected, Duration.ofSeconds(30));
    }
}
