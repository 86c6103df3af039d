package org.entente.agreements.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The renewal notice through HTTP, the daily job, MongoDB and Kafka. */
@IntegrationTest
// Its agreements are signed straight away; AgreementReviewIT walks the approval chain.
@TestPropertySource(properties = "entente.review.chains.MOU=")
class RenewalNoticeIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Value("${entente.topics.agreements}")
    String topic;

    @Autowired
    AgreementExpiryJob job;

    TestApi api;
    Fixtures fixtures;
    LocalDate expiresOn;
    LocalDate deadline;

    @BeforeEach
    void setUp() {
        api = new TestApi(port);
        fixtures = new Fixtures(api);
        expiresOn = LocalDate.now().plusYears(5);
        deadline = expiresOn.minusDays(90);
    }

    @Test
    void theNoticeDeadlineIsAnnouncedOnceAtThirtyAndSevenDaysAndOnTheDayEvenWhenTheJobRunsTwice() {
        String id = activeAgreementWithNinetyDaysNotice();

        assertThat(api.get("/api/agreements/{id}", id).getBody().get("noticeDeadline").asString())
                .isEqualTo(deadline.toString());
        for (int daysBefore : List.of(40, 30, 29, 8, 7, 1, 0)) {
            job.run(deadline.minusDays(daysBefore));
            job.run(deadline.minusDays(daysBefore));
        }

        List<ConsumerRecord<String, String>> notices = events(id, "entente.agreement.notice-due.v1", 3);
        assertThat(notices).extracting(record -> JSON.readTree(record.value()).get("daysBefore").asInt())
                .containsExactly(30, 7, 0);
        assertThat(JSON.readTree(notices.get(0).value()).get("agreement").get("noticeDeadline").asString())
                .isEqualTo(deadline.toString());
    }

    @Test
    void aDeadlinePassedUndecidedIsSaidOnceOnTheAgreementAndOnTheTopic() {
        String id = activeAgreementWithNinetyDaysNotice();

        job.run(deadline.plusDays(1));
        job.run(deadline.plusDays(2));

        assertThat(api.get("/api/agreements/{id}", id).getBody().get("renewalNotice").get("lapsed").asBoolean()).isTrue();
        assertThat(events(id, "entente.agreement.notice-lapsed.v1", 1)).hasSize(1);
    }

    @Test
    void aDecisionNeedsIfMatchIsAnEventAndStopsTheReminders() {
        String id = activeAgreementWithNinetyDaysNotice();
        String path = "/api/agreements/" + id + "/renewal-notice/decision";
        String etag = api.get("/api/agreements/{id}", id).getHeaders().getETag();
        Map<String, Object> decision = Map.of("decision", "RENEGOTIATE", "note", "Add a digital strand");

        ResponseEntity<JsonNode> withoutIfMatch = api.send(HttpMethod.PUT, path, decision, headers -> { });
        ResponseEntity<JsonNode> decided = api.send(HttpMethod.PUT, path, decision, headers -> headers.setIfMatch(etag));
        ResponseEntity<JsonNode> stale = api.send(HttpMethod.PUT, path, Map.of("decision", "RENEW"),
                headers -> headers.setIfMatch(etag));
        job.run(deadline.minusDays(7));

        assertThat(withoutIfMatch.getStatusCode().value()).isEqualTo(428);
        assertThat(decided.getStatusCode().value()).isEqualTo(200);
        assertThat(decided.getBody().get("renewalNotice").get("decision").get("choice").asString()).isEqualTo("RENEGOTIATE");
        assertThat(stale.getStatusCode().value()).isEqualTo(412);
        assertThat(JSON.readTree(events(id, "entente.agreement.renewal-decided.v1", 1).get(0).value())
                .get("note").asString()).isEqualTo("Add a digital strand");
        assertThat(api.get("/api/agreements/{id}", id).getBody().get("renewalNotice").get("remindersSent").isEmpty())
                .isTrue();
    }

    @Test
    void anUnknownDecisionOrAReminderOutOfRangeIsA400NamingTheField() {
        String id = activeAgreementWithNinetyDaysNotice();
        String etag = api.get("/api/agreements/{id}", id).getHeaders().getETag();

        ResponseEntity<JsonNode> unknown = api.send(HttpMethod.PUT, "/api/agreements/" + id + "/renewal-notice/decision",
                Map.of("decision", "RENEW_FOREVER"), headers -> headers.setIfMatch(etag));
        ResponseEntity<JsonNode> negative = api.send(HttpMethod.PUT, "/api/agreements/" + id + "/renewal-notice/reminders",
                Map.of("daysBefore", List.of(30, -1)), headers -> headers.setIfMatch(etag));

        assertThat(unknown.getStatusCode().value()).isEqualTo(400);
        assertThat(unknown.getBody().toString()).contains("decision");
        assertThat(negative.getStatusCode().value()).isEqualTo(400);
        assertThat(negative.getBody().toString()).contains("daysBefore");
    }

    @Test
    void anAgreementsOwnRemindersReplaceTheSettings() {
        String id = activeAgreementWithNinetyDaysNotice();
        String etag = api.get("/api/agreements/{id}", id).getHeaders().getETag();

        ResponseEntity<JsonNode> set = api.send(HttpMethod.PUT, "/api/agreements/" + id + "/renewal-notice/reminders",
                Map.of("daysBefore", List.of(60)), headers -> headers.setIfMatch(etag));
        job.run(deadline.minusDays(60));
        job.run(deadline.minusDays(30));

        assertThat(set.getStatusCode().value()).isEqualTo(200);
        assertThat(events(id, "entente.agreement.notice-due.v1", 1))
                .extracting(record -> JSON.readTree(record.value()).get("daysBefore").asInt()).containsExactly(60);
    }

    private String activeAgreementWithNinetyDaysNotice() {
        Map<String, Object> memorandum = fixtures.memorandum();
        memorandum.put("expiresOn", expiresOn.toString());
        memorandum.put("renewalNoticeDays", 90);
        String id = api.post("/api/agreements", memorandum).getBody().get("id").asString();
        api.post("/api/agreements/" + id + "/status", Map.of("status", "NEGOTIATION"));
        api.post("/api/agreements/" + id + "/status", Map.of("status", "SIGNED", "on", "2025-11-14"));
        api.post("/api/agreements/" + id + "/status", Map.of("status", "ACTIVE"));
        return id;
    }

    private List<ConsumerRecord<String, String>> events(String id, String type, int expected) {
        return TopicRecords.await(TestInfrastructure.get().kafkaBootstrapServers(), topic,
                record -> id.equals(record.key()) && type.equals(TopicRecords.header(record, "ce_type")),
                found -> found.size() >= expected, Duration.ofSeconds(30));
    }
}
