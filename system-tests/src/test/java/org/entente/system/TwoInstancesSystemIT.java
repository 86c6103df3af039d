package org.entente.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.entente.localstack.test.TopicRecords;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/**
 * Two instances of actions-service at once: they share the partitions of the agreements
 * topic, and the deadline job (every two seconds here, one runner at a time by ShedLock)
 * announces an item's deadline once.
 */
@SystemTest.ServiceEnvironment("ENTENTE_DEADLINES_CRON=*/2 * * * * *")
class TwoInstancesSystemIT extends SystemTest {

    @Test
    void twoInstancesShareTheWorkAndADeadlineIsAnnouncedOnce() throws Exception {
        system.startSecondInstance("actions-service");

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                system.settings().kafkaBootstrapServers()))) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                ConsumerGroupDescription group = admin.describeConsumerGroups(List.of("actions-service"))
                        .all().get().get("actions-service");
                assertThat(group.members()).hasSize(2)
                        .allSatisfy(member -> assertThat(member.assignment().topicPartitions()).isNotEmpty());
            });
        }
        List<String> agreements = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            agreements.add(agreement("SHARED-" + UUID.randomUUID()));
        }
        try (MongoClient mongo = MongoClients.create(system.settings().mongoUri("actions"))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> mongo.getDatabase("actions").getCollection("agreements")
                    .countDocuments(new Document("_id", new Document("$in", agreements))) == agreements.size());

            String agreementId = agreements.get(0);
            Answer item = post("actions-service", "/api/agreements/" + agreementId + "/actions", """
                    {"reference": "T-1", "title": "Leadership training for senior officials", "category": "TRAINING",
                     "dueDate": "%s"}""".formatted(LocalDate.now().plusDays(1)));
            assertThat(item.status()).as(String.valueOf(item.body())).isEqualTo(201);

            List<ConsumerRecord<String, String>> announced = dueSoon(agreementId, 1, Duration.ofSeconds(60));
            assertThat(announced).hasSize(1);
            // The lock is held a minute after each run: wait for the next run, by either instance.
            Date firstRun = lockedAt(mongo);
            await().atMost(Duration.ofSeconds(120)).until(() -> lockedAt(mongo).after(firstRun));
            assertThat(dueSoon(agreementId, 2, Duration.ofSeconds(10))).as("announcements after a second run").hasSize(1);
        }
    }

    private static Date lockedAt(MongoClient mongo) {
        Document lock = mongo.getDatabase("actions").getCollection("shedLock")
                .find(new Document("_id", "action-deadlines")).first();
        return lock == null ? new Date(0) : lock.getDate("lockedAt");
    }

    private static List<ConsumerRecord<String, String>> dueSoon(String agreementId, int enough, Duration timeout) {
        return TopicRecords.await(system.settings().kafkaBootstrapServers(), "entente.actions",
                record -> agreementId.equals(record.key())
                        && "entente.action.due-soon.v1".equals(TopicRecords.header(record, "ce_type")),
                found -> found.size() >= enough, timeout);
    }
}
