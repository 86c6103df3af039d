package org.entente.actions.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.actions.Fixtures.actionEvents;
import static org.entente.actions.Fixtures.item;
import static org.entente.actions.Fixtures.types;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.entente.actions.Fixtures;
import org.entente.events.CloudEventHeaders;
import org.entente.localstack.test.IntegrationTest;
import org.entente.localstack.test.TestApi;
import org.entente.localstack.test.TopicRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class ActionsIT {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    TestApi api;
    Fixtures fixtures;
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void setUp() {
        api = new TestApi(port);
        fixtures = new Fixtures(api, mongo);
    }

    @Test
    void addingAnItemPublishesOneCreatedEventKeyedByTheAgreement() {
        String agreementId = fixtures.agreement();

        ResponseEntity<JsonNode> created = api.post("/api/agreements/" + agreementId + "/actions", item("KZ-1"));

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getHeaders().getETag()).isEqualTo("\"1\"");
        String id = created.getBody().get("id").asString();
        assertThat(created.getHeaders().getLocation()).hasToString("/api/actions/" + id);
        assertThat(created.getBody().get("status").asString()).isEqualTo("PLANNED");
        assertThat(created.getBody().get("percentComplete").asInt()).isZero();
        assertThat(created.getBody().has("progress")).isFalse();
        assertThat(created.getBody().has("deadlineNotices")).isFalse();
        List<ConsumerRecord<String, String>> events = actionEvents(agreementId, 1);
        assertThat(events).hasSize(1);
        ConsumerRecord<String, String> record = events.get(0);
        assertThat(TopicRecords.header(record, CloudEventHeaders.TYPE)).isEqualTo("entente.action.created.v1");
        assertThat(TopicRecords.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(agreementId);
        assertThat(TopicRecords.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/entente/actions-service");
        JsonNode action = json.readTree(record.value()).get("action");
        assertThat(action.get("actionId").asString()).isEqualTo(id);
        assertThat(action.get("reference").asString()).isEqualTo("KZ-1");
        assertThat(action.get("ownerEmail").asString()).isEqualTo("claire.martin@example.org");
        assertThat(action.get("indicators").get(0).get("target").asDouble()).isEqualTo(40.0);
    }

    @Test
    void anItemCannotBeAddedToATerminatedExpiredOrAbandonedAgreement() {
        for (String status : List.of("TERMINATED", "EXPIRED", "ABANDONED")) {
            String agreementId = fixtures.agreement(status, List.of("FR"), List.of("leadership"));

            ResponseEntity<JsonNode> refused = api.post("/api/agreements/" + agreementId + "/actions", item("X-1"));

            assertThat(refused.getStatusCode().value()).as(status).isEqualTo(409);
            assertThat(refused.getBody().get("detail").asString()).contains("is " + status);
        }
    }

    @Test
    void aSecondItemWithTheSameReferenceInThePlanIsA409NamingTheFirst() {
        String agreementId = fixtures.agreement();
        String first = fixtures.create(agreementId, item("KZ-1"));

        ResponseEntity<JsonNode> second = api.post("/api/agreements/" + agreementId + "/actions", item("KZ-1"));

        assertThat(second.getStatusCode().value()).isEqualTo(409);
        assertThat(second.getBody().get("existingId").asString()).isEqualTo(first);
        assertThat(fixtures.create(fixtures.agreement(), item("KZ-1"))).isNotBlank();
    }

    @Test
    void oversizedTextAndListsAre400sNamingTheFieldAndTheLimit() {
        String agreementId = fixtures.agreement();
        Map<String, Object> longTitle = item("KZ-1");
        longTitle.put("title", "x".repeat(301));
        Map<String, Object> manyMilestones = item("KZ-2");
        manyMilestones.put("milestones", java.util.stream.IntStream.rangeClosed(1, 51)
                .mapToObj(i -> Map.of("title", "Milestone " + i)).toList());

        ResponseEntity<JsonNode> title = api.post("/api/agreements/" + agreementId + "/actions", longTitle);
        ResponseEntity<JsonNode> milestones = api.post("/api/agreements/" + agreementId + "/actions", manyMilestones);

        assertThat(title.getStatusCode().value()).isEqualTo(400);
        assertThat(title.getBody().get("errors").findValuesAsString("field")).containsExactly("title");
        assertThat(title.getBody().get("errors").get(0).get("message").asString()).isEqualTo("size must be between 0 and 300");
        assertThat(milestones.getStatusCode().value()).isEqualTo(400);
        assertThat(milestones.getBody().get("errors").findValuesAsString("field")).containsExactly("milestones");
        assertThat(milestones.getBody().get("errors").get(0).get("message").asString()).isEqualTo("size must be between 0 and 50");
    }

    @Test
    void replacingNeedsIfMatchRefusesAStaleVersionKeepsActualsAndPublishesTheChangedFields() {
        String agreementId = fixtures.agreement();
        String id = fixtures.create(agreementId, item("KZ-1"));
        api.post("/api/actions/" + id + "/progress", Map.of(
                "indicatorValues", List.of(Map.of("name", "senior officials trained", "value", 12))));
        Map<String, Object> edited = item("KZ-1");
        edited.put("dueDate", "2026-12-31");

        ResponseEntity<JsonNode> withoutIfMatch = api.send(HttpMethod.PUT, "/api/actions/" + id, edited, headers -> { });
        ResponseEntity<JsonNode> stale = api.send(HttpMethod.PUT, "/api/actions/" + id, edited, headers -> headers.setIfMatch("\"1\""));
        ResponseEntity<JsonNode> replaced = api.send(HttpMethod.PUT, "/api/actions/" + id, edited, headers -> headers.setIfMatch("\"2\""));

        assertThat(withoutIfMatch.getStatusCode().value()).isEqualTo(428);
        assertThat(stale.getStatusCode().value()).isEqualTo(412);
        assertThat(replaced.getStatusCode().value()).isEqualTo(200);
        assertThat(replaced.getHeaders().getETag()).isEqualTo("\"3\"");
        assertThat(replaced.getBody().get("dueDate").asString()).isEqualTo("2026-12-31");
        assertThat(replaced.getBody().get("indicators").get(0).get("actual").asDouble()).isEqualTo(12.0);
        List<ConsumerRecord<String, String>> events = actionEvents(agreementId, 3);
        assertThat(types(events)).containsExactly("entente.action.created.v1", "entente.action.progress-recorded.v1",
                "entente.action.updated.v1");
        assertThat(json.readTree(events.get(2).value()).get("changedFields").valueStream().map(JsonNode::asString))
                .containsExactly("dueDate");
    }

    @Test
    void aMergePatchChangesOnlyWhatItNamesAndNullRemovesAField() {
        String id = fixtures.create(fixtures.agreement(), item("KZ-1"));

        ResponseEntity<JsonNode> patched = api.send(HttpMethod.PATCH, "/api/actions/" + id,
                MediaType.valueOf("application/merge-patch+json"),
                "{\"owner\": null, \"dueDate\": \"2026-06-30\", \"weight\": 3}", headers -> headers.setIfMatch("\"1\""));

        assertThat(patched.getStatusCode().value()).isEqualTo(200);
        assertThat(patched.getBody().get("owner").isNull()).isTrue();
        assertThat(patched.getBody().get("dueDate").asString()).isEqualTo("2026-06-30");
        assertThat(patched.getBody().get("weight").asInt()).isEqualTo(3);
        assertThat(patched.getBody().get("title").asString()).startsWith("Leadership");
        assertThat(patched.getHeaders().getETag()).isEqualTo("\"2\"");
    }

    @Test
    void deletingCancelsTheItemWhichStaysReadableAndADeleteAgainChangesNothing() {
        String agreementId = fixtures.agreement();
        String id = fixtures.create(agreementId, item("KZ-1"));

        ResponseEntity<JsonNode> deleted = api.send(HttpMethod.DELETE, "/api/actions/" + id + "?reason=Merged into KZ-2",
                null, headers -> headers.setIfMatch("\"1\""));
        ResponseEntity<JsonNode> again = api.send(HttpMethod.DELETE, "/api/actions/" + id, null,
                headers -> headers.setIfMatch("\"2\""));
        ResponseEntity<JsonNode> withoutIfMatch = api.send(HttpMethod.DELETE, "/api/actions/" + id, null, headers -> { });

        assertThat(deleted.getStatusCode().value()).isEqualTo(200);
        assertThat(again.getStatusCode().value()).isEqualTo(200);
        assertThat(withoutIfMatch.getStatusCode().value()).isEqualTo(428);
        JsonNode read = api.get("/api/actions/{id}", id).getBody();
        assertThat(read.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(read.get("cancellationReason").asString()).isEqualTo("Merged into KZ-2");
        List<ConsumerRecord<String, String>> events = actionEvents(agreementId, 2);
        assertThat(types(events)).containsExactly("entente.action.created.v1", "entente.action.cancelled.v1");
        assertThat(json.readTree(events.get(1).value()).get("automatic").asBoolean()).isFalse();
    }

    @Test
    void theListFiltersByAgreementOwnerStatusCategoryDueDateAndOverdueAndPages() {
        String agreementId = fixtures.agreement();
        LocalDate today = LocalDate.now();
        Map<String, Object> late = item("A-1");
        late.put("dueDate", today.minusDays(3).toString());
        Map<String, Object> soon = item("A-2");
        soon.put("dueDate", today.plusDays(10).toString());
        soon.put("category", "SEMINAR");
        soon.put("owner", Map.of("name", "Nurzhan Nauryzbayev", "email", "nurzhan@example.kz"));
        Map<String, Object> later = item("A-3");
        later.put("dueDate", today.plusDays(100).toString());
        fixtures.create(agreementId, late);
        fixtures.create(agreementId, soon);
        String done = fixtures.create(agreementId, later);
        api.post("/api/actions/" + done + "/status", Map.of("status", "IN_PROGRESS"));
        String base = "/api/actions?agreementId=" + agreementId;

        assertThat(references(api.get(base))).containsExactly("A-1", "A-2", "A-3");
        assertThat(references(api.get(base + "&owner=NURZHAN@example.kz"))).containsExactly("A-2");
        assertThat(references(api.get(base + "&owner=claire"))).containsExactly("A-1", "A-3");
        assertThat(references(api.get(base + "&status=IN_PROGRESS"))).containsExactly("A-3");
        assertThat(references(api.get(base + "&category=SEMINAR"))).containsExactly("A-2");
        assertThat(references(api.get(base + "&dueBefore=" + today.plusDays(11)))).containsExactly("A-1", "A-2");
        assertThat(references(api.get(base + "&overdue=true"))).containsExactly("A-1");
        assertThat(references(api.get(base + "&overdue=false"))).containsExactly("A-2", "A-3");
        assertThat(references(api.get("/api/agreements/" + agreementId + "/actions?sort=reference,desc")))
                .containsExactly("A-3", "A-2", "A-1");
        JsonNode secondPage = api.get(base + "&size=2&page=1").getBody();
        assertThat(secondPage.get("totalItems").asInt()).isEqualTo(3);
        assertThat(secondPage.get("items").findValuesAsString("reference")).containsExactly("A-3");
    }

    @Test
    void theListsSayWhyAnOpenItemIsLate() {
        String agreementId = fixtures.agreement();
        LocalDate today = LocalDate.now();
        Map<String, Object> overdue = item("L-1");
        overdue.put("dueDate", today.minusDays(3).toString());
        String overdueId = fixtures.create(agreementId, overdue);
        Map<String, Object> waiting = item("L-2");
        waiting.put("startDate", today.minusDays(1).toString());
        waiting.put("dueDate", today.plusDays(30).toString());
        waiting.put("dependsOn", List.of(overdueId));
        fixtures.create(agreementId, waiting);
        Map<String, Object> onTime = item("L-3");
        onTime.put("dueDate", today.plusDays(30).toString());
        String blockedId = fixtures.create(agreementId, onTime);
        api.post("/api/actions/" + blockedId + "/status", Map.of("status", "BLOCKED", "reason", "No venue"));

        for (String list : List.of("/api/actions?agreementId=" + agreementId + "&sort=reference",
                "/api/agreements/" + agreementId + "/actions?sort=reference")) {
            JsonNode items = api.get(list).getBody().get("items");
            assertThat(items.get(0).get("lateness").get("overdue").asBoolean()).as(list).isTrue();
            assertThat(items.get(0).get("lateness").get("waitingOn")).as(list).isEmpty();
            assertThat(items.get(1).get("lateness").get("overdue").asBoolean()).as(list).isFalse();
            assertThat(json.convertValue(items.get(1).get("lateness").get("waitingOn"), List.class))
                    .as(list).containsExactly("L-1");
            assertThat(items.get(2).get("lateness").get("blocked").asBoolean()).as(list).isTrue();
        }
        JsonNode read = api.get("/api/actions/" + overdueId).getBody();
        assertThat(read.get("lateness").get("overdue").asBoolean()).isTrue();
        api.post("/api/actions/" + overdueId + "/status", Map.of("status", "CANCELLED", "reason", "Dropped"));
        assertThat(api.get("/api/actions/" + overdueId).getBody().get("lateness").isNull())
                .as("a cancelled item is not late").isTrue();
    }

    @Test
    void badInputIsA4xxProblemNamingTheField() {
        String agreementId = fixtures.agreement();
        String path = "/api/agreements/" + agreementId + "/actions";
        Map<String, Object> dueBeforeStart = item("B-1");
        dueBeforeStart.put("startDate", "2026-06-01");
        dueBeforeStart.put("dueDate", "2026-05-01");
        Map<String, Object> unknownDependency = item("B-2");
        unknownDependency.put("dependsOn", List.of("no-such-item"));
        Map<String, Object> missingTitle = item("B-3");
        missingTitle.remove("title");
        Map<String, Object> unknownField = item("B-4");
        unknownField.put("budget", 1000);
        Map<String, Object> longTitle = item("B-5");
        longTitle.put("title", "x".repeat(301));
        Map<String, Object> badWeight = item("B-6");
        badWeight.put("weight", 0);
        Map<String, Object> twiceTheSameIndicator = item("B-7");
        twiceTheSameIndicator.put("indicators", List.of(Map.of("name", "n"), Map.of("name", "n")));
        Map<String, Object> negativeBaseline = item("B-9");
        negativeBaseline.put("indicators", List.of(Map.of("name", "n", "baseline", -1)));
        Map<String, Object> baselineDateAlone = item("B-10");
        baselineDateAlone.put("indicators", List.of(Map.of("name", "n", "baselineDate", "2025-01-01")));

        assertThat(problem(api.post(path, dueBeforeStart), 400)).containsExactly("dueDate");
        assertThat(problem(api.post(path, unknownDependency), 422)).containsExactly("dependsOn[0]");
        assertThat(problem(api.post(path, missingTitle), 400)).containsExactly("title");
        assertThat(problem(api.post(path, unknownField), 400)).containsExactly("budget");
        assertThat(problem(api.post(path, longTitle), 400)).containsExactly("title");
        assertThat(problem(api.post(path, badWeight), 400)).containsExactly("weight");
        assertThat(problem(api.post(path, twiceTheSameIndicator), 400)).containsExactly("indicators[1].name");
        assertThat(problem(api.post(path, negativeBaseline), 400)).containsExactly("indicators[0].baseline");
        assertThat(problem(api.post(path, baselineDateAlone), 400)).containsExactly("indicators[0].baselineDate");
        assertThat(problem(api.send(HttpMethod.POST, path, "{\"reference\": \"B-8\", \"title\": \"T\", \"category\": \"PARTY\"}",
                headers -> { }), 400)).containsExactly("category");
        assertThat(problem(api.get("/api/actions?dueBefore=soon"), 400)).containsExactly("dueBefore");
        assertThat(problem(api.get("/api/actions?size=1000"), 400)).containsExactly("size");
        assertThat(api.get("/api/actions/{id}", "nope").getStatusCode().value()).isEqualTo(404);
    }

    private static List<String> references(ResponseEntity<JsonNode> page) {
        return page.getBody().get("items").findValuesAsString("reference");
    }

    private static List<String> problem(ResponseEntity<JsonNode> answer, int status) {
        assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        return answer.getBody().get("errors").findValuesAsString("field");
    }
}
