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
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.json.JsonMapper;

/** The daily job, run for chosen days: each fact is announced once, however often it runs. */
@IntegrationTest
// The lifecycle on its own: signing after the approval chain is AgreementReviewIT's.
@TestPropertySource(properties = "entente.review.chains.MOU=")
class AgreementExpiryIT {

    @LocalServerPort
    int port;

    @Value("${entente.topics.agreements}")
    String topic;

    @Autowired
    AgreementExpiryJob job;

    TestApi api;
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new TestApi(port);
        fixtures = new Fixtures(api);
    }

    @Test
    void eachNoticeGoesOutOnceAtNinetyThirtyAndSevenDaysEvenWhenTheJobRunsTwice() {
        LocalDate expiresOn = LocalDate.now().plusYears(5);
        String id = activeAgreementExpiringOn(expiresOn);

        for (int daysBefore : List.of(100, 90, 89, 30, 30, 8, 7, 3)) {
            job.run(expiresOn.minusDays(daysBefore));
            job.run(expiresOn.minusDays(daysBefore));
        }

        List<ConsumerRecord<String, String>> notices = notices(id, 3);
        assertThat(notices).extracting(record -> JsonMapper.builder().build().readTree(record.value()).get("daysBefore").asInt())
                .containsExactly(90, 30, 7);
    }

    @Test
    void aJobThatMissedDaysSendsOnlyTheNearestNotice() {
        LocalDate expiresOn = LocalDate.now().plusYears(5);
        String id = activeAgreementExpiringOn(expiresOn);

        job.run(expiresOn.minusDays(20));
        job.run(expiresOn.minusDays(19));

        assertThat(notices(id, 1)).extracting(record -> JsonMapper.builder().build().readTree(record.value())
                .get("daysBefore").asInt()).containsExactly(30);
    }

    @Test
    void anActiveAgreementPastItsExpiryDateIsExpiredOnceAndCanBeRenewed() {
        LocalDate expiresOn = LocalDate.now().plusYears(5);
        String id = activeAgreementExpiringOn(expiresOn);

        job.run(expiresOn.plusDays(1));
        job.run(expiresOn.plusDays(1));

        assertThat(api.get("/api/agreements/{id}", id).getBody().get("status").asString()).isEqualTo("EXPIRED");
        assertThat(TopicRecords.await(TestInfrastructure.get().kafkaBootstrapServers(), topic,
                record -> id.equals(record.key()) && record.value().contains("\"to\":\"EXPIRED\""),
                found -> found.size() >= 1, Duration.ofSeconds(30))).hasSize(1);
        var renewed = api.post("/api/agreements/" + id + "/renewals", Map.of("expiresOn", expiresOn.plusYears(6).toString()));
        assertThat(renewed.getBody().get("status").asString()).isEqualTo("ACTIVE");
    }

    private String activeAgreementExpiringOn(LocalDate expiresOn) {
        Map<String, Object> memorandum = fixtures.memorandum();
        memorandum.put("expiresOn", expiresOn.toString());
        String id = api.post("/api/agreements", memorandum).getBody().get("id").asString();
        api.post("/api/agreements/" + id + "/status", Map.of("status", "NEGOTIATION"));
        api.post("/api/agreements/" + id + "/status", Map.of("status", "SIGNED", "on", "2025-11-14"));
        api.post("/api/agreements/" + id + "/status", Map.of("status", "ACTIVE"));
        return id;
    }

    private List<ConsumerRecord<String, String>> notices(String id, int expected) {
        return TopicRecords.await(TestInfrastructure.get().kafkaBootstrapServers(), topic,
                record -> id.equals(record.key()) && "entente.agreement.expiring.v1".equals(TopicRecords.header(record, "ce_type")),
                found -> found.size() >= expected, Duration.ofSeconds(30));
    }
}
