package org.entente.agreements.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.entente.agreements.Fixtures;
import org.entente.events.CloudEventHeaders;
import org.entente.localstack.test.IntegrationTest;
import org.entente.localstack.test.TestApi;
import org.entente.localstack.test.TestInfrastructure;
import org.entente.localstack.test.TopicRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class AgreementsIT {

    @LocalServerPort
    int port;

    @Value("${entente.topics.agreements}")
    String topic;

    TestApi api;
    Fixtures fixtures;
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void setUp() {
        api = new TestApi(port);
        fixtures = new Fixtures(api);
    }

    @Test
    void registeringPublishesOneCreatedCloudEventKeyedByTheAgreementId() {
        Map<String, Object> memorandum = fixtures.memorandum();

        ResponseEntity<JsonNode> created = api.post("/api/agreements", memorandum);

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getHeaders().getETag()).isEqualTo("\"1\"");
        String id = created.getBody().get("id").asString();
        assertThat(created.getHeaders().getLocation()).hasToString("/api/agreements/" + id);
        assertThat(created.getBody().get("status").asString()).isEqualTo("DRAFT");
        assertThat(created.getBody().get("parties").get(0).get("organizationName").asString())
                .startsWith("Institut national du service public");

        ConsumerRecord<String, String> record = onlyEvent(id);
        assertThat(TopicRecords.header(record, CloudEventHeaders.TYPE)).isEqualTo("entente.agreement.created.v1");
        assertThat(TopicRecords.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(TopicRecords.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id);
        assertThat(TopicRecords.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/entente/agreements-service");
        assertThat(TopicRecords.header(record, CloudEventHeaders.ID)).isNotBlank();
        JsonNode agreement = json.readTree(record.value()).get("agreement");
        assertThat(agreement.get("code").asString()).isEqualTo(memorandum.get("code"));
        assertThat(agreement.get("parties").findValuesAsString("country")).containsExactly("FR", "KZ");
        assertThat(agreement.get("themes").valueStream().map(JsonNode::asString)).contains("leadership");
    }

    @Test
    void readingReturnsTheAgreementWithItsVersionAsETagAndNoInternals() {
        String id = fixtures.agreement();

        ResponseEntity<JsonNode> read = api.get("/api/agreements/{id}", id);

        assertThat(read.getStatusCode().value()).isEqualTo(200);
        assertThat(read.getHeaders().getETag()).isEqualTo("\"1\"");
        assertThat(read.getBody().has("pendingEvents")).isFalse();
        assertThat(read.getBody().has("searchKeys")).isFalse();
    }

    @Test
    void anUnknownAgreementIsA404Problem() {
        ResponseEntity<JsonNode> read = api.get("/api/agreements/{id}", "nope");

        assertThat(read.getStatusCode().value()).isEqualTo(404);
        assertThat(read.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void invalidInputIsA400NamingEachFieldAndRule() {
        Map<String, Object> missingCode = fixtures.memorandum();
        missingCode.remove("code");
        Map<String, Object> unknownField = fixtures.memorandum();
        unknownField.put("budget", 1000);
        Map<String, Object> englishTitleOnly = fixtures.memorandum();
        englishTitleOnly.put("title", Map.of("en", "Only English"));
        Map<String, Object> badTheme = fixtures.memorandum();
        badTheme.put("themes", List.of("Digital Transformation"));

        assertThat(fields(api.post("/api/agreements", missingCode))).containsExactly("code");
        assertThat(fields(api.post("/api/agreements", unknownField))).containsExactly("budget");
        assertThat(fields(api.post("/api/agreements", englishTitleOnly))).containsExactly("title");
        assertThat(fields(api.post("/api/agreements", badTheme))).containsExactly("themes[0]");
        assertThat(fields(api.send(HttpMethod.POST, "/api/agreements", """
                {"code": "W-1", "kind": "MOU", "title": {"fr": "T", "en": "T"},
                 "parties": [{"organizationId": "x", "role": 12.5}]}""", headers -> { })))
                .containsExactly("parties[0].role");
    }

    @Test
    void malformedJsonIsA400Problem() {
        ResponseEntity<JsonNode> answer = api.send(HttpMethod.POST, "/api/agreements", "{\"code\": \"W-3\", \"title\": ",
                headers -> { });

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().get("title").asString()).isEqualTo("Malformed JSON");
    }

    @Test
    void aPartyMustBeARegisteredOrganization() {
        Map<String, Object> memorandum = fixtures.memorandum(fixtures.organization("INSP", "FR"), "no-such-organization");

        ResponseEntity<JsonNode> answer = api.post("/api/agreements", memorandum);

        assertThat(answer.getStatusCode().value()).isEqualTo(422);
        assertThat(answer.getBody().get("errors").findValuesAsString("field")).containsExactly("parties[1].organizationId");
    }

    @Test
    void aSecondAgreementWithTheSameCodeIsA409NamingTheFirst() {
        Map<String, Object> memorandum = fixtures.memorandum();
        String first = api.post("/api/agreements", memorandum).getBody().get("id").asString();

        ResponseEntity<JsonNode> second = api.post("/api/agreements", memorandum);

        assertThat(second.getStatusCode().value()).isEqualTo(409);
        assertThat(second.getBody().get("existingId").asString()).isEqualTo(first);
    }

    @Test
    void replacingNeedsIfMatchRefusesAStaleVersionAndPublishesTheChangedFields() {
        Map<String, Object> memorandum = fixtures.memorandum();
        String id = api.post("/api/agreements", memorandum).getBody().get("id").asString();
        String path = "/api/agreements/" + id;
        Map<String, Object> edited = new HashMap<>(memorandum);
        edited.put("summary", "Leadership and AI");
        edited.put("expiresOn", "2030-11-14");

        ResponseEntity<JsonNode> withoutIfMatch = api.send(HttpMethod.PUT, path, edited, headers -> { });
        ResponseEntity<JsonNode> replaced = api.send(HttpMethod.PUT, path, edited, headers -> headers.setIfMatch("\"1\""));
        ResponseEntity<JsonNode> stale = api.send(HttpMethod.PUT, path, memorandum, headers -> headers.setIfMatch("\"1\""));

        assertThat(withoutIfMatch.getStatusCode().value()).isEqualTo(428);
        assertThat(replaced.getStatusCode().value()).isEqualTo(200);
        assertThat(replaced.getHeaders().getETag()).isEqualTo("\"2\"");
        assertThat(stale.getStatusCode().value()).isEqualTo(412);
        assertThat(api.get(path).getBody().get("summary").asString()).isEqualTo("Leadership and AI");
        List<ConsumerRecord<String, String>> events = events(id, 2);
        assertThat(TopicRecords.header(events.get(1), CloudEventHeaders.TYPE)).isEqualTo("entente.agreement.updated.v1");
        assertThat(json.readTree(events.get(1).value()).get("changedFields").valueStream().map(JsonNode::asString))
                .containsExactly("summary", "expiresOn");
    }

    @Test
    void aMergePatchChangesOnlyWhatItNamesAndNullRemovesAField() {
        String id = fixtures.agreement();
        String path = "/api/agreements/" + id;

        ResponseEntity<JsonNode> patched = api.send(HttpMethod.PATCH, path, MediaType.valueOf("application/merge-patch+json"),
                "{\"summary\": null, \"themes\": [\"artificial-intelligence\"]}", headers -> headers.setIfMatch("\"1\""));

        assertThat(patched.getStatusCode().value()).isEqualTo(200);
        assertThat(patched.getBody().get("summary").isNull()).isTrue();
        assertThat(patched.getBody().get("themes").valueStream().map(JsonNode::asString)).containsExactly("artificial-intelligence");
        assertThat(patched.getBody().get("title").get("fr").asString()).startsWith("Mémorandum");
        assertThat(patched.getHeaders().getETag()).isEqualTo("\"2\"");
    }

    @Test
    void aPatchThatBreaksARuleIsA400AndChangesNothing() {
        String id = fixtures.agreement();
        String path = "/api/agreements/" + id;

        ResponseEntity<JsonNode> unknown = api.send(HttpMethod.PATCH, path, "{\"colour\": \"blue\"}",
                headers -> headers.setIfMatch("\"1\""));
        ResponseEntity<JsonNode> blankCode = api.send(HttpMethod.PATCH, path, "{\"code\": \"\"}",
                headers -> headers.setIfMatch("\"1\""));
        ResponseEntity<JsonNode> noIfMatch = api.send(HttpMethod.PATCH, path, "{\"summary\": \"x\"}", headers -> { });

        assertThat(fields(unknown)).containsExactly("colour");
        assertThat(fields(blankCode)).contains("code");
        assertThat(noIfMatch.getStatusCode().value()).isEqualTo(428);
        assertThat(api.get(path).getHeaders().getETag()).isEqualTo("\"1\"");
    }

    @Test
    void theListFiltersByTextStatusKindCountryOrganizationThemeExpiryAndResponsible() {
        String french = fixtures.organization("Institut national", "FR");
        String vietnamese = fixtures.organization("Government Office", "VN");
        Map<String, Object> first = fixtures.memorandum(french, fixtures.organization("Agency", "KZ"));
        first.put("expiresOn", "2026-01-31");
        String firstId = api.post("/api/agreements", first).getBody().get("id").asString();
        Map<String, Object> second = fixtures.memorandum(french, vietnamese);
        second.put("kind", "JOINT_PROJECT");
        second.put("themes", List.of("digital-transformation", "e-government-" + fixtures.unique()));
        second.put("title", Map.of("fr", "Transformation numérique " + fixtures.unique(), "en", "Digital transformation"));
        String marc = "Marc." + fixtures.unique() + "@Example.org";
        second.put("responsible", Map.of("name", "Marc Lefebvre", "email", marc));
        String secondId = api.post("/api/agreements", second).getBody().get("id").asString();

        assertThat(ids("organizationId=" + french + "&sort=code,asc")).containsExactlyInAnyOrder(firstId, secondId);
        assertThat(ids("responsible=" + marc.toLowerCase(java.util.Locale.ROOT))).as("the e-mail, ignoring case")
                .containsExactly(secondId);
        assertThat(ids("organizationId=" + french + "&responsible=claire.martin@example.org")).containsExactly(firstId);
        assertThat(fields(api.get("/api/agreements?responsible=claire"))).containsExactly("responsible");
        assertThat(ids("organizationId=" + french + "&country=VN")).containsExactly(secondId);
        assertThat(ids("organizationId=" + french + "&kind=JOINT_PROJECT")).containsExactly(secondId);
        assertThat(ids("theme=e-government-" + fixtures.unique())).containsExactly(secondId);
        assertThat(ids("q=transformation numerique " + fixtures.unique())).containsExactly(secondId);
        assertThat(ids("organizationId=" + french + "&expiringBefore=2026-02-01")).containsExactly(firstId);
        assertThat(ids("organizationId=" + french + "&status=DRAFT")).hasSize(2);
        assertThat(ids("organizationId=" + french + "&status=ACTIVE")).isEmpty();
        JsonNode page = api.get("/api/agreements?organizationId=" + french + "&size=1").getBody();
        assertThat(page.get("totalItems").asLong()).isEqualTo(2);
        assertThat(page.get("items")).hasSize(1);
        assertThat(fields(api.get("/api/agreements?status=LOST"))).containsExactly("status");
        assertThat(fields(api.get("/api/agreements?expiringBefore=soon"))).containsExactly("expiringBefore");
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyCreatesOneAgreement() {
        Map<String, Object> memorandum = fixtures.memorandum();
        String key = UUID.randomUUID().toString();

        ResponseEntity<JsonNode> first = api.send(HttpMethod.POST, "/api/agreements", memorandum,
                headers -> headers.set("Idempotency-Key", key));
        ResponseEntity<JsonNode> retry = api.send(HttpMethod.POST, "/api/agreements", memorandum,
                headers -> headers.set("Idempotency-Key", key));

        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(retry.getStatusCode().value()).isEqualTo(201);
        assertThat(retry.getBody().get("id")).isEqualTo(first.getBody().get("id"));
        assertThat(ids("q=" + memorandum.get("code"))).hasSize(1);
    }

    private List<String> ids(String query) {
        return api.get("/api/agreements?" + query).getBody().get("items").valueStream()
                .map(item -> item.get("id").asString()).toList();
    }

    private ConsumerRecord<String, String> onlyEvent(String id) {
        List<ConsumerRecord<String, String>> records = events(id, 1);
        assertThat(records).hasSize(1);
        return records.get(0);
    }

    @Test
    void oversizedTextAndListsAre400sNamingTheFieldAndTheLimit() {
        Map<String, Object> longTitle = fixtures.memorandum();
        longTitle.put("title", Map.of("en", "x".repeat(501)));
        Map<String, Object> manyThemes = fixtures.memorandum();
        manyThemes.put("themes", java.util.stream.IntStream.rangeClosed(1, 21).mapToObj(i -> "theme-" + i).toList());

        ResponseEntity<JsonNode> title = api.post("/api/agreements", longTitle);
        ResponseEntity<JsonNode> themes = api.post("/api/agreements", manyThemes);
        ResponseEntity<JsonNode> query = api.get("/api/agreements?q={q}", "x".repeat(201));

        assertThat(fields(title)).containsExactly("title[en]");
        assertThat(title.getBody().get("errors").get(0).get("message").asString()).isEqualTo("size must be between 0 and 500");
        assertThat(fields(themes)).containsExactly("themes");
        assertThat(themes.getBody().get("errors").get(0).get("message").asString()).isEqualTo("size must be between 0 and 20");
        assertThat(fields(query)).containsExactly("q");
        assertThat(query.getBody().get("errors").get(0).get("message").asString()).isEqualTo("size must be between 0 and 200");
    }

    private List<ConsumerRecord<String, String>> events(String id, int expected) {
        return TopicRecords.await(TestInfrastructure.get().kafkaBootstrapServers(), topic,
                record -> id.equals(record.key()), found -> found.size() >= expected, Duration.ofSeconds(30));
    }

    private static List<String> fields(ResponseEntity<JsonNode> answer) {
        assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        return answer.getBody().get("errors").findValuesAsString("field");
    }
}
