package org.entente.agreements.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.entente.events.CloudEventHeaders;
import org.entente.localstack.test.IntegrationTest;
import org.entente.localstack.test.TestInfrastructure;
import org.entente.localstack.test.TopicRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class RegisteringAgreementIT {

    @LocalServerPort
    int port;

    @Value("${entente.topics.agreements}")
    String topic;

    RestClient http;
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void client() {
        http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    @Test
    void registeringPublishesOneCreatedCloudEventKeyedByTheAgreementId() {
        String code = "INSP-KZ-" + UUID.randomUUID();

        ResponseEntity<JsonNode> created = post(memorandum(code));

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getHeaders().getETag()).isEqualTo("\"1\"");
        String id = created.getBody().get("id").asString();
        assertThat(created.getHeaders().getLocation()).hasToString("/api/agreements/" + id);

        List<ConsumerRecord<String, String>> records = TopicRecords.await(
                TestInfrastructure.get().kafkaBootstrapServers(), topic, record -> id.equals(record.key()),
                found -> !found.isEmpty(), Duration.ofSeconds(30));
        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.get(0);
        assertThat(TopicRecords.header(record, CloudEventHeaders.TYPE)).isEqualTo("entente.agreement.created.v1");
        assertThat(TopicRecords.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(TopicRecords.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id);
        assertThat(TopicRecords.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/entente/agreements-service");
        assertThat(TopicRecords.header(record, CloudEventHeaders.ID)).isNotBlank();
        assertThat(TopicRecords.header(record, CloudEventHeaders.TIME)).isNotBlank();
        JsonNode data = json.readTree(record.value());
        assertThat(data.get("code").asString()).isEqualTo(code);
        assertThat(data.get("title").get("en").asString()).isEqualTo("Memorandum of understanding on civil service cooperation");
        assertThat(data.get("parties")).hasSize(2);
    }

    @Test
    void readingReturnsTheAgreementWithItsVersionAsETag() {
        String id = post(memorandum("INSP-KZ-" + UUID.randomUUID())).getBody().get("id").asString();

        ResponseEntity<JsonNode> read = http.get().uri("/api/agreements/{id}", id).retrieve().toEntity(JsonNode.class);

        assertThat(read.getStatusCode().value()).isEqualTo(200);
        assertThat(read.getHeaders().getETag()).isEqualTo("\"1\"");
        assertThat(read.getBody().get("status").asString()).isEqualTo("DRAFT");
        assertThat(read.getBody().has("pendingEvents")).isFalse();
    }

    @Test
    void anUnknownAgreementIsA404Problem() {
        ResponseEntity<JsonNode> read = http.get().uri("/api/agreements/{id}", "nope").retrieve().toEntity(JsonNode.class);

        assertThat(read.getStatusCode().value()).isEqualTo(404);
        assertThat(read.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aMissingCodeIsA400NamingTheField() {
        Map<String, Object> body = new java.util.HashMap<>(memorandum("x"));
        body.remove("code");

        ResponseEntity<JsonNode> answer = post(body);

        assertBadRequestNaming(answer, "code");
    }

    @Test
    void aWrongTypeIsA400NamingTheField() {
        ResponseEntity<JsonNode> answer = postRaw("""
                {"code": "W-1", "title": {"en": "T"}, "parties": [{"name": "INSP", "country": "FR", "role": 12.5}]}
                """);

        assertBadRequestNaming(answer, "parties[0].role");
    }

    @Test
    void anInvalidCountryIsA400NamingTheFieldAndTheRule() {
        ResponseEntity<JsonNode> answer = postRaw("""
                {"code": "W-2", "title": {"en": "T"}, "parties": [{"name": "INSP", "country": "France", "role": "SIGNATORY"}]}
                """);

        assertBadRequestNaming(answer, "parties[0].country");
        assertThat(answer.getBody().get("detail").asString()).contains("ISO 3166-1 alpha-2");
    }

    @Test
    void malformedJsonIsA400Problem() {
        ResponseEntity<JsonNode> answer = postRaw("{\"code\": \"W-3\", \"title\": ");

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().get("title").asString()).isEqualTo("Malformed JSON");
    }

    @Test
    void aSecondAgreementWithTheSameCodeIsA409NamingTheFirst() {
        String code = "INSP-KZ-" + UUID.randomUUID();
        String first = post(memorandum(code)).getBody().get("id").asString();

        ResponseEntity<JsonNode> second = post(memorandum(code));

        assertThat(second.getStatusCode().value()).isEqualTo(409);
        assertThat(second.getBody().get("detail").asString()).contains(code).contains(first);
    }

    private void assertBadRequestNaming(ResponseEntity<JsonNode> answer, String field) {
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().get("errors").findValuesAsString("field")).contains(field);
    }

    private ResponseEntity<JsonNode> post(Map<String, Object> body) {
        return http.post().uri("/api/agreements").contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().toEntity(JsonNode.class);
    }

    private ResponseEntity<JsonNode> postRaw(String body) {
        return http.post().uri("/api/agreements").contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().toEntity(JsonNode.class);
    }

    static Map<String, Object> memorandum(String code) {
        return Map.of(
                "code", code,
                "title", Map.of(
                        "fr", "Mémorandum d'entente sur la coopération en matière de fonction publique",
                        "en", "Memorandum of understanding on civil service cooperation"),
                "parties", List.of(
                        Map.of("name", "Institut national du service public", "country", "FR", "role", "SIGNATORY"),
                        Map.of("name", "Agency for Civil Service Affairs of the Republic of Kazakhstan",
                                "country", "KZ", "role", "SIGNATORY")));
    }
}
