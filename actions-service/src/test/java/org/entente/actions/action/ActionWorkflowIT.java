package org.entente.actions.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.actions.Fixtures.actionEvents;
import static org.entente.actions.Fixtures.item;
import static org.entente.actions.Fixtures.types;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.entente.actions.Fixtures;
import org.entente.localstack.test.IntegrationTest;
import org.entente.localstack.test.TestApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The status workflow, the progress log and the dependency rules. */
@IntegrationTest
class ActionWorkflowIT {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    TestApi api;
    Fixtures fixtures;
    String agreementId;
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void setUp() {
        api = new TestApi(port);
        fixtures = new Fixtures(api, mongo);
        agreementId = fixtures.agreement();
    }

    @Test
    void anItemGoesFromPlannedThroughBlockedAndInProgressToDone() {
        String id = fixtures.create(agreementId, item("W-1"));

        assertThat(move(id, Map.of("status", "IN_PROGRESS")).getStatusCode().value()).isEqualTo(200);
        assertThat(move(id, Map.of("status", "BLOCKED", "reason", "Waiting for the visa")).getStatusCode().value()).isEqualTo(200);
        assertThat(move(id, Map.of("status", "IN_PROGRESS")).getStatusCode().value()).isEqualTo(200);
        progress(id, Map.of("percentComplete", 100));
        ResponseEntity<JsonNode> done = move(id, Map.of("status", "DONE"));

        assertThat(done.getStatusCode().value()).isEqualTo(200);
        assertThat(done.getBody().get("statusHistory").findValuesAsString("to"))
                .containsExactly("IN_PROGRESS", "BLOCKED", "IN_PROGRESS", "DONE");
        List<ConsumerRecord<String, String>> events = actionEvents(agreementId, 6);
        assertThat(types(events)).containsExactly("entente.action.created.v1", "entente.action.status-changed.v1",
                "entente.action.status-changed.v1", "entente.action.status-changed.v1",
                "entente.action.progress-recorded.v1", "entente.action.status-changed.v1");
        JsonNode blocked = json.readTree(events.get(2).value());
        assertThat(blocked.get("to").asString()).isEqualTo("BLOCKED");
        assertThat(blocked.get("reason").asString()).isEqualTo("Waiting for the visa");
    }

    @Test
    void aMoveTheWorkflowForbidsIsA409SayingWhereTheItemCanGo() {
        String id = fixtures.create(agreementId, item("W-1"));

        ResponseEntity<JsonNode> toDone = move(id, Map.of("status", "DONE"));
        ResponseEntity<JsonNode> blockedWithoutReason = move(id, Map.of("status", "BLOCKED"));

        assertThat(toDone.getStatusCode().value()).isEqualTo(409);
        assertThat(toDone.getBody().get("allowed").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("IN_PROGRESS", "BLOCKED", "CANCELLED");
        assertThat(blockedWithoutReason.getStatusCode().value()).isEqualTo(422);
        assertThat(blockedWithoutReason.getBody().get("errors").findValuesAsString("field")).containsExactly("reason");
    }

    @Test
    void doneNeedsAHundredPercentOrAnOverrideReasonWhichIsRecorded() {
        String id = fixtures.create(agreementId, item("W-1"));
        move(id, Map.of("status", "IN_PROGRESS"));
        progress(id, Map.of("percentComplete", 80));

        ResponseEntity<JsonNode> refused = move(id, Map.of("status", "DONE"));
        ResponseEntity<JsonNode> overridden = move(id, Map.of("status", "DONE", "override", "The last module was dropped"));

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getBody().get("errors").findValuesAsString("field")).containsExactly("override");
        assertThat(refused.getBody().get("detail").asString()).contains("80%");
        assertThat(overridden.getStatusCode().value()).isEqualTo(200);
        assertThat(overridden.getBody().get("statusHistory").get(1).get("override").asString())
                .isEqualTo("The last module was dropped");
        assertThat(overridden.getBody().get("percentComplete").asInt()).isEqualTo(80);
    }

    @Test
    void anItemCannotStartBeforeItsDependenciesAreDoneUnlessOverriddenWithAReason() {
        String design = fixtures.create(agreementId, item("W-1"));
        Map<String, Object> training = item("W-2");
        training.put("dependsOn", List.of(design));
        String id = fixtures.create(agreementId, training);

        ResponseEntity<JsonNode> refused = move(id, Map.of("status", "IN_PROGRESS"));
        ResponseEntity<JsonNode> overridden = move(id, Map.of("status", "IN_PROGRESS", "override", "Pilot session agreed"));

        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(refused.getBody().get("pendingDependencies").valueStream().map(JsonNode::asString)).containsExactly("W-1");
        assertThat(overridden.getStatusCode().value()).isEqualTo(200);
        assertThat(overridden.getBody().get("statusHistory").get(0).get("override").asString()).isEqualTo("Pilot session agreed");
    }

    @Test
    void anItemStartsOnceItsDependenciesAreDone() {
        String design = fixtures.create(agreementId, item("W-1"));
        Map<String, Object> training = item("W-2");
        training.put("dependsOn", List.of(design));
        String id = fixtures.create(agreementId, training);
        move(design, Map.of("status", "IN_PROGRESS"));
        progress(design, Map.of("percentComplete", 100));
        move(design, Map.of("status", "DONE"));

        assertThat(move(id, Map.of("status", "IN_PROGRESS")).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aDependencyThatWouldCloseACycleIsA422NamingTheCycle() {
        String first = fixtures.create(agreementId, item("C-1"));
        Map<String, Object> second = item("C-2");
        second.put("dependsOn", List.of(first));
        String secondId = fixtures.create(agreementId, second);
        Map<String, Object> third = item("C-3");
        third.put("dependsOn", List.of(secondId));
        String thirdId = fixtures.create(agreementId, third);
        Map<String, Object> firstDependingOnThird = item("C-1");
        firstDependingOnThird.put("dependsOn", List.of(thirdId));

        ResponseEntity<JsonNode> refused = api.send(HttpMethod.PUT, "/api/actions/" + first, firstDependingOnThird,
                headers -> headers.setIfMatch("\"1\""));
        ResponseEntity<JsonNode> self = api.send(HttpMethod.PATCH, "/api/actions/" + first,
                Map.of("dependsOn", List.of(first)), headers -> headers.setIfMatch("\"1\""));
        ResponseEntity<JsonNode> otherPlan = api.send(HttpMethod.PATCH, "/api/actions/" + first,
                Map.of("dependsOn", List.of(fixtures.create(fixtures.agreement(), item("O-1")))),
                headers -> headers.setIfMatch("\"1\""));

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getBody().get("detail").asString()).contains("C-1 -> C-3 -> C-2 -> C-1");
        assertThat(refused.getBody().get("errors").findValuesAsString("field")).containsExactly("dependsOn");
        assertThat(self.getStatusCode().value()).isEqualTo(422);
        assertThat(otherPlan.getStatusCode().value()).isEqualTo(422);
        assertThat(otherPlan.getBody().get("errors").findValuesAsString("field")).containsExactly("dependsOn[0]");
    }

    @Test
    void progressUpdatesPercentAndActualsAndTheLogListsNewestFirst() {
        Map<String, Object> training = item("P-1");
        training.put("milestones", List.of(Map.of("title", "First cohort trained", "dueDate", "2026-06-30"),
                Map.of("title", "Second cohort trained")));
        String id = fixtures.create(agreementId, training);
        move(id, Map.of("status", "IN_PROGRESS"));

        // The author is whoever's token recorded it.
        ResponseEntity<JsonNode> first = progressAs(api.as("claire", "MANAGER"), id, Map.of("note", "First cohort trained",
                "percentComplete", 50, "indicatorValues", List.of(Map.of("name", "senior officials trained", "value", 20)),
                "milestonesReached", List.of("First cohort trained")));
        progressAs(api.as("nurzhan", "MANAGER"), id, Map.of("note", "Second cohort selected", "percentComplete", 60));

        assertThat(first.getStatusCode().value()).isEqualTo(201);
        JsonNode item = api.get("/api/actions/{id}", id).getBody();
        assertThat(item.get("percentComplete").asInt()).isEqualTo(60);
        assertThat(item.get("indicators").get(0).get("actual").asDouble()).isEqualTo(20.0);
        assertThat(item.get("milestones").get(0).get("reachedOn").asString()).isNotBlank();
        assertThat(item.get("milestones").get(1).get("reachedOn").isNull()).isTrue();
        JsonNode log = api.get("/api/actions/{id}/progress", id).getBody();
        assertThat(log.get("items").findValuesAsString("author")).containsExactly("nurzhan", "claire");
        List<ConsumerRecord<String, String>> events = actionEvents(agreementId, 5);
        assertThat(types(events)).containsExactly("entente.action.created.v1", "entente.action.status-changed.v1",
                "entente.action.progress-recorded.v1", "entente.action.milestone-reached.v1",
                "entente.action.progress-recorded.v1");
        JsonNode milestone = json.readTree(events.get(3).value());
        assertThat(milestone.get("milestone").asString()).isEqualTo("First cohort trained");
        assertThat(milestone.get("milestoneDueDate").asString()).isEqualTo("2026-06-30");
    }

    @Test
    void badProgressIsRefusedNamingTheField() {
        String id = fixtures.create(agreementId, item("P-1"));

        ResponseEntity<JsonNode> percentTooHigh = progress(id, Map.of("percentComplete", 101));
        ResponseEntity<JsonNode> percentNegative = progress(id, Map.of("percentComplete", -1));
        ResponseEntity<JsonNode> undeclared = progress(id, Map.of(
                "indicatorValues", List.of(Map.of("name", "budget spent", "value", 5))));
        ResponseEntity<JsonNode> unknownMilestone = progress(id, Map.of(
                "milestonesReached", List.of("Launch")));
        ResponseEntity<JsonNode> empty = progress(id, Map.of());
        ResponseEntity<JsonNode> authorInBody = progress(id, Map.of("author", "Someone else", "note", "Done"));

        assertThat(field(percentTooHigh, 400)).isEqualTo("percentComplete");
        assertThat(field(percentNegative, 400)).isEqualTo("percentComplete");
        assertThat(field(undeclared, 422)).isEqualTo("indicatorValues[0].name");
        assertThat(undeclared.getBody().get("detail").asString()).contains("senior officials trained");
        assertThat(field(unknownMilestone, 422)).isEqualTo("milestonesReached[0]");
        assertThat(field(empty, 400)).isEqualTo("note");
        assertThat(authorInBody.getStatusCode().value()).isEqualTo(400);
        assertThat(authorInBody.getBody().toString()).contains("author");
        assertThat(api.get("/api/actions/{id}", id).getHeaders().getETag()).isEqualTo("\"1\"");
    }

    private ResponseEntity<JsonNode> move(String id, Map<String, Object> request) {
        return api.post("/api/actions/" + id + "/status", request);
    }

    private ResponseEntity<JsonNode> progress(String id, Map<String, Object> request) {
        return progressAs(api, id, request);
    }

    private static ResponseEntity<JsonNode> progressAs(TestApi caller, String id, Map<String, Object> request) {
        return caller.post("/api/actions/" + id + "/progress", request);
    }

    private static String field(ResponseEntity<JsonNode> answer, int status) {
        assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(status);
        return answer.getBody().get("errors").get(0).get("field").asString();
    }
}
