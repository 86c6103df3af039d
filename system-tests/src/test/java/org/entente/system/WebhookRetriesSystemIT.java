package org.entente.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * A subscriber's webhook endpoint that answers 500 three times, then 2xx: the delivery is
 * retried (backoff from one second here) until it is sent, under the same webhook-id, and
 * stays one delivery, sent once.
 */
@SystemTest.ServiceEnvironment({"ENTENTE_DELIVERY_BACKOFF_INITIAL=PT1S", "ENTENTE_DELIVERY_BACKOFF_MAX=PT2S"})
class WebhookRetriesSystemIT extends SystemTest {

    final WebhookReceiver receiver = WebhookReceiver.failingFirst(3);

    @AfterEach
    void stopTheReceiver() {
        receiver.close();
    }

    @Test
    void aReceiverThatFailsForAWhileGetsTheNotificationOnceItRecoversAndItIsSentOnce() {
        String subscription = created(post("notify-service", "/api/subscriptions", """
                {"subscriber": {"id": "kz-focal-point", "name": "Aigerim Bekova"},
                 "follow": {"countries": ["KZ"], "eventTypes": ["entente.agreement.created.v1"]}, "channels": ["WEBHOOK"],
                 "webhook": {"url": "%s", "secret": "whsec_dGhlIHJlY2VpdmVyJ3Mgc2VjcmV0IG9mIDMyIGJ5dGVzIQ=="}}"""
                .formatted(receiver.url())));

        agreement("RETRY-" + UUID.randomUUID());

        List<JsonNode> deliveries = await().atMost(Duration.ofSeconds(60)).until(() -> deliveries(subscription),
                found -> found.size() == 1 && found.get(0).get("status").asString().equals("SENT"));
        JsonNode delivery = deliveries.get(0);
        assertThat(delivery.get("attempts").asInt()).isEqualTo(4);
        assertThat(receiver.webhookIds()).hasSize(4).containsOnly(delivery.get("id").asString());
        assertThat(counter("entente_deliveries_failed_total")).isEqualTo(3);
        assertThat(counter("entente_deliveries_sent_total")).isEqualTo(1);
        assertThat(deliveries(subscription)).as("no second delivery").hasSize(1);
    }

    private static List<JsonNode> deliveries(String subscriptionId) {
        return send("notify-service", "GET", "/api/deliveries?size=100&subscriptionId=" + subscriptionId, null)
                .body().get("items").valueStream().toList();
    }

    /** A webhook counter of notify-service, as Prometheus scrapes it. */
    private static double counter(String name) {
        return metric(system.service("notify-service"), name, "channel=\"WEBHOOK\"");
    }
}
