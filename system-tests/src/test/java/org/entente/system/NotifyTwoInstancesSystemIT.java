package org.entente.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.bson.Document;
import org.entente.localstack.LocalSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import tools.jackson.databind.JsonNode;

/**
 * Two instances of notify-service at once, in one consumer group: they share both topics'
 * partitions, each notification is written and sent once (the webhook receiver sees each
 * webhook-id once), and the digest job (every two seconds on both, here) sends a daily
 * digest once.
 */
@SystemTest.ServiceEnvironment("ENTENTE_DIGEST_CRON=*/2 * * * * *")
class NotifyTwoInstancesSystemIT extends SystemTest {

    static final int AGREEMENTS = 6;
    /** Per agreement, what a follower of Kazakhstan hears of: the agency's registration, the agreement, its action. */
    static final List<String> HEARD = List.of("entente.organization.registered.v1", "entente.agreement.created.v1",
            "entente.action.created.v1");
    /** entente.digest.hour's default: daily digests fall due at 8:00 in the subscriber's time zone. */
    static final int DIGEST_HOUR = 8;

    final WebhookReceiver receiver = WebhookReceiver.answering2xx();

    @AfterEach
    void stopTheReceiver() {
        receiver.close();
    }

    @Test
    void twoInstancesShareThePartitionsAndEachNotificationAndDigestGoesOutOnce() throws Exception {
        LocalSystem.Service second = system.startSecondInstance("notify-service");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                system.settings().kafkaBootstrapServers()))) {
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                ConsumerGroupDescription group = admin.describeConsumerGroups(List.of("notify-service"))
                        .all().get().get("notify-service");
                // Each instance has one consumer per topic: four members, each with a share.
                assertThat(group.members()).hasSize(4)
                        .allSatisfy(member -> assertThat(member.assignment().topicPartitions()).isNotEmpty());
                assertThat(group.members().stream().mapToInt(member -> member.assignment().topicPartitions().size()).sum())
                        .isEqualTo(2 * system.settings().partitions());
            });
        }
        String webhook = created(post("notify-service", "/api/subscriptions", """
                {"subscriber": {"id": "kz-focal-point", "name": "Aigerim Bekova"},
                 "follow": {"countries": ["KZ"]}, "channels": ["WEBHOOK"],
                 "webhook": {"url": "%s", "secret": "whsec_dGhlIHJlY2VpdmVyJ3Mgc2VjcmV0IG9mIDMyIGJ5dGVzIQ=="}}"""
                .formatted(receiver.url())));
        Instant digestDue = Instant.now().plusSeconds(45).truncatedTo(ChronoUnit.SECONDS);
        String digest = created(send(second, "POST", "/api/subscriptions", """
                {"subscriber": {"id": "claire", "name": "Claire Martin", "email": "claire.martin@example.org",
                                "timeZone": "%s"},
                 "follow": {"countries": ["KZ"]}, "channels": ["EMAIL"], "rhythm": "DAILY_DIGEST"}"""
                .formatted(zoneWhereTheDigestHourIsAt(digestDue))));

        for (int i = 0; i < AGREEMENTS; i++) {
            String agreementId = agreement("SHARED-" + UUID.randomUUID());
            created(post("actions-service", "/api/agreements/" + agreementId + "/actions", """
                    {"reference": "KZ-1", "title": "Leadership training for senior officials", "category": "TRAINING"}"""));
        }

        int expected = AGREEMENTS * HEARD.size();
        List<JsonNode> waiting = await().atMost(Duration.ofSeconds(40)).until(() -> deliveries(digest),
                found -> found.size() >= expected);
        assertThat(Instant.now()).as("every notification waits for the digest before it falls due").isBefore(digestDue);
        assertThat(waiting).hasSize(expected).extracting(delivery -> delivery.get("status").asString())
                .containsOnly("AWAITING_DIGEST");
        List<JsonNode> digests = await().atMost(Duration.ofSeconds(90)).until(() -> digestsOf(digest),
                found -> found.size() == 1 && found.get(0).get("status").asString().equals("SENT"));
        assertThat(digests.get(0).get("eventIds")).hasSize(expected);
        // Both instances run the job every two seconds: let a few more runs pass, the digest stays one.
        try (MongoClient mongo = MongoClients.create(system.settings().mongoUri("notify"))) {
            Date sent = Date.from(Instant.parse(digests.get(0).get("sentAt").asString()));
            await().atMost(Duration.ofSeconds(30)).until(() -> lockedAt(mongo).getTime() > sent.getTime() + 4_000);
        }
        assertThat(digestsOf(digest)).hasSize(1);

        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.calls().size() >= expected);
        assertThat(receiver.webhookIds()).as("webhook ids").doesNotHaveDuplicates().hasSize(expected);
        List<String> heard = new ArrayList<>();
        for (int i = 0; i < AGREEMENTS; i++) {
            heard.addAll(HEARD);
        }
        assertThat(receiver.calls()).extracting(WebhookReceiver.Call::type).containsExactlyInAnyOrderElementsOf(heard);
        assertThat(deliveries(webhook)).hasSize(expected).allSatisfy(delivery -> {
            assertThat(delivery.get("status").asString()).isEqualTo("SENT");
            assertThat(delivery.get("attempts").asInt()).as("claimed once").isEqualTo(1);
        });
        List<LocalSystem.Service> instances = List.of(system.service("notify-service"), second);
        // entente.notifications.created, as Prometheus names it (a trailing "_created" is reserved there).
        assertThat(sum(instances, "entente_notifications_total", "")).isEqualTo(2 * expected);
        assertThat(sum(instances, "entente_deliveries_sent_total", "channel=\"WEBHOOK\"")).isEqualTo(expected);
        assertThat(sum(instances, "entente_deliveries_sent_total", "channel=\"EMAIL\"")).isEqualTo(1);
    }

    /** A fixed-offset time zone whose digest hour is at {@code due}, so a daily digest falls due then. */
    private static String zoneWhereTheDigestHourIsAt(Instant due) {
        int secondOfDay = LocalTime.ofInstant(due, ZoneOffset.UTC).toSecondOfDay();
        int offset = Math.floorMod(DIGEST_HOUR * 3600 - secondOfDay, 24 * 3600);
        return ZoneOffset.ofTotalSeconds(offset > 12 * 3600 ? offset - 24 * 3600 : offset).getId();
    }

    private static List<JsonNode> deliveries(String subscriptionId) {
        return send("notify-service", "GET", "/api/deliveries?size=100&subscriptionId=" + subscriptionId, null)
                .body().get("items").valueStream().toList();
    }

    private static List<JsonNode> digestsOf(String subscriptionId) {
        return deliveries(subscriptionId).stream().filter(delivery -> delivery.get("kind").asString().equals("DIGEST"))
                .toList();
    }

    private static Date lockedAt(MongoClient mongo) {
        Document lock = mongo.getDatabase("notify").getCollection("shedLock").find(new Document("_id", "digests")).first();
        return lock == null ? new Date(0) : lock.getDate("lockedAt");
    }

    private static double sum(List<LocalSystem.Service> instances, String metric, String labels) {
        return instances.stream().mapToDouble(instance -> metric(instance, metric, labels)).sum();
    }
}
