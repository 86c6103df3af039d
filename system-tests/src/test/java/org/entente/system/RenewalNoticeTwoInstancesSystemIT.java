package org.entente.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.entente.localstack.test.TopicRecords;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/**
 * Two instances of agreements-service whose daily job runs every two seconds (one runner at a
 * time by ShedLock): a renewal notice deadline reached today is announced once, not once per
 * instance or per run.
 */
// Signed straight away: the approval chain has its own tests.
@SystemTest.ServiceEnvironment({"ENTENTE_EXPIRY_CRON=*/2 * * * * *", "ENTENTE_REVIEW_CHAINS_MOU="})
class RenewalNoticeTwoInstancesSystemIT extends SystemTest {

    @Test
    void aNoticeDeadlineIsAnnouncedOnceAcrossTwoInstances() {
        system.startSecondInstance("agreements-service");
        String agreementId = agreement("NOTICE-" + UUID.randomUUID());
        // Expires in ten days with ten days' notice: the deadline is today, the on-the-day reminder.
        Answer edited = send("agreements-service", "PATCH", "/api/agreements/" + agreementId,
                "{\"expiresOn\": \"%s\", \"renewalNoticeDays\": 10}".formatted(LocalDate.now().plusDays(10)),
                "Content-Type", "application/merge-patch+json", "If-Match", "\"1\"");
        assertThat(edited.status()).as(String.valueOf(edited.body())).isEqualTo(200);
        for (String move : List.of("{\"status\": \"NEGOTIATION\"}", "{\"status\": \"SIGNED\", \"on\": \"%s\"}"
                .formatted(LocalDate.now()), "{\"status\": \"ACTIVE\"}")) {
            Answer moved = post("agreements-service", "/api/agreements/" + agreementId + "/status", move);
            assertThat(moved.status()).as(String.valueOf(moved.body())).isEqualTo(200);
        }

        try (MongoClient mongo = MongoClients.create(system.settings().mongoUri("agreements"))) {
            List<ConsumerRecord<String, String>> announced = noticesDue(agreementId, 1, Duration.ofSeconds(60));
            assertThat(announced).hasSize(1);
            assertThat(json.readTree(announced.get(0).value()).get("daysBefore").asInt()).isZero();
            // The lock is held a minute after each run: wait for the next run, by either instance.
            Date firstRun = lockedAt(mongo);
            await().atMost(Duration.ofSeconds(120)).until(() -> lockedAt(mongo).after(firstRun));
            assertThat(noticesDue(agreementId, 2, Duration.ofSeconds(10))).as("notices after a second run").hasSize(1);
        }
    }

    private static Date lockedAt(MongoClient mongo) {
        Document lock = mongo.getDatabase("agreements").getCollection("shedLock")
                .find(new Document("_id", "agreement-expiry")).first();
        return lock == null ? new Date(0) : lock.getDate("lockedAt");
    }

    private static List<ConsumerRecord<String, String>> noticesDue(String agreementId, int enough, Duration timeout) {
        return TopicRecords.await(system.settings().kafkaBootstrapServers(), "entente.agreements",
                record -> agreementId.equals(record.key())
                        && "entente.agreement.notice-due.v1".equals(TopicRecords.header(record, "ce_type")),
                found -> found.size() >= enough, timeout);
    }
}
