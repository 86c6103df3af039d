package org.entente.notify.unsubscribe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.entente.notify.AgreementEvents;
import org.entente.notify.Fixtures;
import org.entente.notify.NotifyIntegrationTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class UnsubscribeIT extends NotifyIntegrationTest {

    @Test
    void getShowsWhatWouldStopWithoutChangingIt() {
        JsonNode subscription = Fixtures.create(api, Fixtures.emailSubscription(newId(), "secret@example.org", "en",
                Map.of("countries", List.of("KZ"))));

        JsonNode shown = api.get(path(subscription)).getBody();

        assertThat(shown.get("subscriptionId").asString()).isEqualTo(subscription.get("id").asString());
        assertThat(shown.get("follow").get("countries").get(0).asString()).isEqualTo("KZ");
        assertThat(shown.get("channels").get(0).asString()).isEqualTo("EMAIL");
        assertThat(shown.get("active").asBoolean()).isTrue();
        assertThat(shown.toString()).doesNotContain("secret@example.org");
    }

    @Test
    void postStopsTheSubscriptionOnceAndNoLaterEventReachesIt() {
        String agreementId = newId();
        String subscriber = newId();
        JsonNode subscription = Fixtures.create(api, Fixtures.inAppSubscription(subscriber,
                Map.of("agreementIds", List.of(agreementId))));
        String witness = newId();
        Fixtures.create(api, Fixtures.inAppSubscription(witness, Map.of("agreementIds", List.of(agreementId))));

        JsonNode stopped = api.post(path(subscription), null).getBody();
        JsonNode again = api.post(path(subscription), null).getBody();
        publish("entente.agreement.created.v1", agreementId, Instant.now(), AgreementEvents.created(
                AgreementEvents.snapshot(agreementId, 1, "U-1", List.of(newId()), List.of("FR"), List.of(), "PUBLIC")));

        assertThat(stopped.get("active").asBoolean()).isFalse();
        assertThat(again.get("unsubscribedAt").asString()).isEqualTo(stopped.get("unsubscribedAt").asString());
        await().atMost(WAIT).until(() -> inboxSize(witness) == 1);
        assertThat(inboxSize(subscriber)).isZero();
        assertThat(api.get("/api/subscriptions/{id}", subscription.get("id").asString()).getHeaders().getETag())
                .isEqualTo("\"2\"");
    }

    @Test
    void undoSendsAgainAndTheNextEventArrives() {
        String agreementId = newId();
        String subscriber = newId();
        JsonNode subscription = Fixtures.create(api, Fixtures.inAppSubscription(subscriber,
                Map.of("agreementIds", List.of(agreementId))));
        api.post(path(subscription), null);

        JsonNode undone = api.post(path(subscription) + "/undo", null).getBody();
        JsonNode again = api.post(path(subscription) + "/undo", null).getBody();
        publish("entente.agreement.created.v1", agreementId, Instant.now(), AgreementEvents.created(
                AgreementEvents.snapshot(agreementId, 1, "U-2", List.of(newId()), List.of("FR"), List.of(), "PUBLIC")));

        assertThat(undone.get("active").asBoolean()).isTrue();
        assertThat(undone.get("unsubscribedAt").isNull()).isTrue();
        assertThat(undone.get("language").asString()).isEqualTo("en");
        assertThat(again.get("active").asBoolean()).isTrue();
        await().atMost(WAIT).until(() -> inboxSize(subscriber) == 1);
        assertThat(api.get("/api/subscriptions/{id}", subscription.get("id").asString()).getHeaders().getETag())
                .as("unsubscribed, then undone: two changes").isEqualTo("\"3\"");
        assertThat(api.post("/api/unsubscribe/not-a-token/undo", null).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void anUnknownTokenIsA404() {
        assertThat(api.get("/api/unsubscribe/{token}", "not-a-token").getStatusCode().value()).isEqualTo(404);
        assertThat(api.post("/api/unsubscribe/not-a-token", null).getStatusCode().value()).isEqualTo(404);
    }

    private int inboxSize(String subscriber) {
        return api.get("/api/subscribers/{id}/inbox", subscriber).getBody().get("items").size();
    }

    private static String path(JsonNode subscription) {
        String url = subscription.get("unsubscribeUrl").asString();
        return url.substring(url.indexOf("/api/unsubscribe/"));
    }
}
