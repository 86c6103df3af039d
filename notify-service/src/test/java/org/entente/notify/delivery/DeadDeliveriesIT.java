package org.entente.notify.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.entente.notify.AgreementEvents;
import org.entente.notify.Fixtures;
import org.entente.notify.NotifyIntegrationTest;
import org.entente.notify.WebhookReceiver;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** An operator finds the dead deliveries and revives all of a subscription's in one call. */
class DeadDeliveriesIT extends NotifyIntegrationTest {

    @Test
    void everyDeadDeliveryOfASubscriptionIsRetriedInOneCallAndOnlyThose() {
        String agreementId = newId();
        try (WebhookReceiver receiver = new WebhookReceiver(request -> 503)) {
            String subscriptionId = Fixtures.create(api, Fixtures.webhookSubscription(newId(), receiver.url(),
                    Map.of("agreementIds", List.of(agreementId)))).get("id").asString();
            publish("entente.agreement.created.v1", agreementId, Instant.now(), AgreementEvents.created(snapshot(agreementId, 1)));
            publish("entente.agreement.status-changed.v1", agreementId, Instant.now(),
                    AgreementEvents.statusChanged(snapshot(agreementId, 2), "DRAFT", "NEGOTIATION"));
            await().atMost(WAIT).until(() -> deliveries("subscriptionId=" + subscriptionId + "&status=DEAD").size() == 2);
            assertThat(deliveries("status=DEAD&size=100")).as("listed by status alone")
                    .extracting(delivery -> delivery.get("subscriptionId").asString()).contains(subscriptionId);

            receiver.answer(request -> 200);
            JsonNode retried = api.post("/api/deliveries/retry?subscriptionId=" + subscriptionId, null).getBody();

            assertThat(retried.get("retried").asLong()).isEqualTo(2);
            await().atMost(WAIT).until(() -> deliveries("subscriptionId=" + subscriptionId + "&status=SENT").size() == 2);
            assertThat(api.post("/api/deliveries/retry?subscriptionId=" + subscriptionId, null).getBody()
                    .get("retried").asLong()).as("nothing dead any more").isZero();
        }
    }

    @Test
    void retryingAllNeedsTheSubscriptionAndAnAdministrator() {
        var missing = api.post("/api/deliveries/retry", null);
        assertThat(missing.getStatusCode().value()).isEqualTo(400);
        assertThat(missing.getBody().get("errors").findValuesAsString("field")).containsExactly("subscriptionId");
        assertThat(api.as("aigerim-" + newId(), "STAKEHOLDER").post("/api/deliveries/retry?subscriptionId=x", null)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(api.as("claire-" + newId(), "STAFF").get("/api/deliveries?status=DEAD").getStatusCode().value())
                .isEqualTo(403);
    }

    private static String snapshot(String agreementId, long version) {
        return AgreementEvents.snapshot(agreementId, version, "D-1", List.of("org-kz"), List.of("KZ"), List.of(), "PUBLIC");
    }

    private List<JsonNode> deliveries(String query) {
        return api.get("/api/deliveries?" + query).getBody().get("items").valueStream().toList();
    }
}
