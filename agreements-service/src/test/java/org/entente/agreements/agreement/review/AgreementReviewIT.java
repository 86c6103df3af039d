package org.entente.agreements.agreement.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.entente.agreements.Fixtures;
import org.entente.localstack.test.IntegrationTest;
import org.entente.localstack.test.TestApi;
import org.entente.localstack.test.TestInfrastructure;
import org.entente.localstack.test.TopicRecords;
import org.entente.platform.web.MergePatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** The INSP–Kazakhstan memorandum through its approval chain (MOU: legal lea, then director daniel). */
@IntegrationTest
class AgreementReviewIT {

    @LocalServerPort
    int port;

    @Value("${entente.topics.agreements}")
    String topic;

    TestApi claire;
    TestApi lea;
    TestApi daniel;
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        TestApi admin = new TestApi(port);
        claire = admin.as("claire", "STAFF");
        lea = admin.as("lea", "APPROVER");
        daniel = admin.as("daniel", "APPROVER");
        fixtures = new Fixtures(claire);
    }

    @Test
    void theMemorandumIsSignedOnlyAfterLegalAndTheDirectorApprovedItsCurrentText() {
        String id = fixtures.agreement();
        claire.post("/api/agreements/" + id + "/status", Map.of("status", "NEGOTIATION"));

        ResponseEntity<JsonNode> tooEarly = sign(id);
        assertThat(tooEarly.getStatusCode().value()).isEqualTo(422);
        assertThat(tooEarly.getBody().get("detail").asString()).contains("legal (user lea)", "director (user daniel)");

        JsonNode submitted = claire.post("/api/agreements/" + id + "/review", Map.of()).getBody();
        assertThat(submitted.get("review").get("status").asString()).isEqualTo("OPEN");
        assertThat(submitted.get("review").get("steps").findValuesAsString("name")).containsExactly("legal", "director");
        assertThat(waitingIds(lea)).contains(id);
        assertThat(waitingIds(daniel)).doesNotContain(id);

        JsonNode legal = decide(lea, id, "approvals", submitted.get("version").asLong(), "Clauses checked").getBody();
        assertThat(waitingIds(lea)).doesNotContain(id);
        assertThat(waitingIds(daniel)).contains(id);
        ResponseEntity<JsonNode> sentBack = decide(daniel, id, "change-requests", legal.get("version").asLong(),
                "Article 3 must name the funding");
        assertThat(sentBack.getBody().get("review").get("status").asString()).isEqualTo("CHANGES_REQUESTED");
        assertThat(sign(id).getStatusCode().value()).isEqualTo(422);

        JsonNode edited = edit(id, sentBack.getBody().get("version").asLong(), "Funded by the INSP's budget");
        assertThat(edited.get("review").get("status").asString()).isEqualTo("OPEN");
        assertThat(edited.get("review").get("steps").findValuesAsString("decision")).containsExactly("PENDING", "PENDING");
        ResponseEntity<JsonNode> oldText = decide(lea, id, "approvals", legal.get("version").asLong(), null);
        assertThat(oldText.getStatusCode().value()).isEqualTo(409);

        JsonNode legalAgain = decide(lea, id, "approvals", edited.get("version").asLong(), null).getBody();
        JsonNode approved = decide(daniel, id, "approvals", legalAgain.get("version").asLong(), "Good to sign").getBody();
        assertThat(approved.get("review").get("status").asString()).isEqualTo("APPROVED");

        ResponseEntity<JsonNode> signed = sign(id);
        assertThat(signed.getStatusCode().value()).isEqualTo(200);
        assertThat(signed.getBody().get("status").asString()).isEqualTo("SIGNED");
        assertThat(events(id, 10)).extracting(record -> TopicRecords.header(record, "ce_type")).containsExactly(
                "entente.agreement.created.v1", "entente.agreement.status-changed.v1",
                "entente.agreement.review-submitted.v1", "entente.agreement.review-approved.v1",
                "entente.agreement.review-changes-requested.v1", "entente.agreement.updated.v1",
                "entente.agreement.review-restarted.v1", "entente.agreement.review-approved.v1",
                "entente.agreement.review-approved.v1", "entente.agreement.status-changed.v1");
    }

    @Test
    void whoeverSubmittedOrLastEditedCannotApproveNamingTheRule() {
        String id = fixtures.agreement();
        TestApi submittingApprover = claire.as("lea", "STAFF", "APPROVER");
        long version = submittingApprover.post("/api/agreements/" + id + "/review", Map.of()).getBody()
                .get("version").asLong();

        ResponseEntity<JsonNode> ownText = decide(submittingApprover, id, "approvals", version, null);

        assertThat(ownText.getStatusCode().value()).isEqualTo(403);
        assertThat(ownText.getBody().get("rule").asString()).isEqualTo(Review.SEPARATION_OF_DUTIES);
    }

    @Test
    void approvingAStepThatIsNotYoursIsForbidden() {
        String id = fixtures.agreement();
        long version = claire.post("/api/agreements/" + id + "/review", Map.of()).getBody().get("version").asLong();

        ResponseEntity<JsonNode> directorFirst = decide(daniel, id, "approvals", version, null);
        ResponseEntity<JsonNode> manager = decide(claire.as("marc", "MANAGER"), id, "approvals", version, null);

        assertThat(directorFirst.getStatusCode().value()).isEqualTo(403);
        assertThat(directorFirst.getBody().get("rule").asString()).isEqualTo(Review.NOT_YOUR_STEP);
        assertThat(manager.getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void onlyTheSubmitterWithdrawsAndTheSubmitterMayAddAStep() {
        String id = fixtures.agreement();
        JsonNode submitted = claire.post("/api/agreements/" + id + "/review",
                Map.of("steps", List.of(Map.of("name", "finance", "role", "APPROVER")))).getBody();
        assertThat(submitted.get("review").get("steps").findValuesAsString("name"))
                .containsExactly("legal", "director", "finance");

        assertThat(lea.post("/api/agreements/" + id + "/review/withdrawal", null).getStatusCode().value())
                .isEqualTo(403);
        JsonNode withdrawn = claire.post("/api/agreements/" + id + "/review/withdrawal", null).getBody();

        assertThat(withdrawn.get("review").get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(decide(lea, id, "approvals", withdrawn.get("version").asLong(), null).getStatusCode().value())
                .isEqualTo(409);
    }

    @Test
    void afterSubmittingTheSubmitterAppendsAStepWhichThenHasToApproveBeforeSigning() {
        String id = fixtures.agreement();
        claire.post("/api/agreements/" + id + "/status", Map.of("status", "NEGOTIATION"));
        long submitted = claire.post("/api/agreements/" + id + "/review", Map.of()).getBody().get("version").asLong();
        decide(lea, id, "approvals", submitted, null);

        ResponseEntity<JsonNode> byAnotherStaff = new TestApi(port).as("sophie", "STAFF").post(
                "/api/agreements/" + id + "/review/steps", Map.of("name", "finance", "user", "fatima"));
        ResponseEntity<JsonNode> sameName = claire.post("/api/agreements/" + id + "/review/steps",
                Map.of("name", "legal", "user", "fatima"));
        ResponseEntity<JsonNode> added = claire.post("/api/agreements/" + id + "/review/steps",
                Map.of("name", "finance", "user", "fatima"));

        assertThat(byAnotherStaff.getStatusCode().value()).isEqualTo(403);
        assertThat(byAnotherStaff.getBody().get("rule").asString()).isEqualTo("only-the-submitter");
        assertThat(sameName.getStatusCode().value()).isEqualTo(400);
        assertThat(sameName.getBody().toString()).contains("name");
        assertThat(added.getStatusCode().value()).isEqualTo(200);
        JsonNode steps = added.getBody().get("review").get("steps");
        assertThat(steps.findValuesAsString("name")).containsExactly("legal", "director", "finance");
        assertThat(steps.findValuesAsString("decision")).containsExactly("APPROVED", "PENDING", "PENDING");
        decide(daniel, id, "approvals", added.getBody().get("version").asLong(), null);
        assertThat(sign(id).getBody().toString()).as("finance still missing").contains("approval: finance (user fatima)");
        assertThat(events(id, 6)).extracting(record -> TopicRecords.header(record, "ce_type")).contains(
                "entente.agreement.review-step-added.v1");
    }

    @Test
    void malformedDecisionsAndStepsAreBadRequestsNamingTheField() {
        String id = fixtures.agreement();
        ResponseEntity<JsonNode> bothApprovers = claire.post("/api/agreements/" + id + "/review",
                Map.of("steps", List.of(Map.of("name", "finance", "user", "fatima", "role", "APPROVER"))));
        ResponseEntity<JsonNode> unknownRole = claire.post("/api/agreements/" + id + "/review",
                Map.of("steps", List.of(Map.of("name", "finance", "role", "TREASURER"))));
        long version = claire.post("/api/agreements/" + id + "/review", Map.of()).getBody().get("version").asLong();
        ResponseEntity<JsonNode> noVersion = lea.post("/api/agreements/" + id + "/review/approvals", Map.of());
        ResponseEntity<JsonNode> longComment = decide(lea, id, "approvals", version, "x".repeat(2001));
        ResponseEntity<JsonNode> noComment = decide(lea, id, "change-requests", version, null);

        assertThat(bothApprovers.getStatusCode().value()).isEqualTo(400);
        assertThat(bothApprovers.getBody().toString()).contains("steps[].user");
        assertThat(unknownRole.getStatusCode().value()).isEqualTo(400);
        assertThat(unknownRole.getBody().toString()).contains("steps[].role");
        assertThat(noVersion.getStatusCode().value()).isEqualTo(400);
        assertThat(noVersion.getBody().toString()).contains("version");
        assertThat(longComment.getStatusCode().value()).isEqualTo(400);
        assertThat(longComment.getBody().toString()).contains("comment");
        assertThat(noComment.getStatusCode().value()).isEqualTo(422);
        assertThat(noComment.getBody().toString()).contains("comment");
    }

    private ResponseEntity<JsonNode> sign(String id) {
        return claire.post("/api/agreements/" + id + "/status",
                Map.of("status", "SIGNED", "on", "2025-11-14", "place", "Paris"));
    }

    private static ResponseEntity<JsonNode> decide(TestApi approver, String id, String decision, long version,
                                                   String comment) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("version", version);
        body.put("comment", comment);
        return approver.post("/api/agreements/" + id + "/review/" + decision, body);
    }

    private JsonNode edit(String id, long version, String summary) {
        ResponseEntity<JsonNode> edited = claire.send(HttpMethod.PATCH, "/api/agreements/" + id,
                MediaType.parseMediaType(MergePatch.MEDIA_TYPE), Map.of("summary", summary),
                headers -> headers.set(HttpHeaders.IF_MATCH, "\"" + version + "\""));
        assertThat(edited.getStatusCode().value()).isEqualTo(200);
        return edited.getBody();
    }

    private static List<String> waitingIds(TestApi approver) {
        return approver.get("/api/reviews/waiting").getBody().findValuesAsString("id");
    }

    private List<ConsumerRecord<String, String>> events(String id, int expected) {
        return TopicRecords.await(TestInfrastructure.get().kafkaBootstrapServers(), topic,
                record -> id.equals(record.key()), found -> found.size() >= expected, Duration.ofSeconds(30));
    }
}
