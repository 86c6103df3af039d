package org.entente.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.entente.localstack.test.TestApi;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.JsonNode;

/**
 * Tokens from the embedded issuer: stakeholders manage only what is theirs, and a restricted
 * agreement reaches nobody off its access list, in any channel, at any moment.
 */
class SecurityIT extends NotifyIntegrationTest {

    static final String CREATED = "entente.agreement.created.v1";
    static final String ACCESS_CHANGED = "entente.agreement.access-changed.v1";

    @Test
    void withoutATokenItIs401ButTheUnsubscribeLinkNeedsNone() {
        ResponseEntity<JsonNode> anonymous = api.anonymous().get("/api/timeline");
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(api.anonymous().get("/api/unsubscribe/not-a-token").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aStakeholderManagesOnlyTheirOwnSubscriptionsAndInbox() {
        String aigerim = "aigerim-" + newId();
        TestApi stakeholder = api.as(aigerim, "STAKEHOLDER");
        assertThat(stakeholder.post("/api/subscriptions", Fixtures.inAppSubscription(aigerim, Map.of()))
                .getStatusCode().value()).isEqualTo(201);

        String someoneElse = "bob-" + newId();
        ResponseEntity<JsonNode> forSomeoneElse = stakeholder.post("/api/subscriptions",
                Fixtures.inAppSubscription(someoneElse, Map.of()));
        assertThat(forSomeoneElse.getStatusCode().value()).isEqualTo(403);
        assertThat(forSomeoneElse.getBody().get("detail").asString()).contains("subscriber.id").contains(aigerim);
        String theirs = Fixtures.create(api, Fixtures.inAppSubscription(someoneElse, Map.of())).get("id").asString();
        assertThat(stakeholder.get("/api/subscriptions/" + theirs).getStatusCode().value()).isEqualTo(404);
        assertThat(stakeholder.send(HttpMethod.DELETE, "/api/subscriptions/" + theirs, null,
                headers -> headers.setIfMatch("\"1\"")).getStatusCode().value()).isEqualTo(404);
        assertThat(stakeholder.get("/api/subscriptions?subscriberId=" + someoneElse).getStatusCode().value()).isEqualTo(403);
        assertThat(stakeholder.get("/api/subscribers/" + someoneElse + "/inbox").getStatusCode().value()).isEqualTo(403);
        assertThat(stakeholder.get("/api/subscribers/" + aigerim + "/inbox").getStatusCode().value()).isEqualTo(200);

        assertThat(stakeholder.get("/api/timeline").getStatusCode().value()).isEqualTo(403);
        assertThat(stakeholder.get("/api/deliveries?subscriptionId=" + theirs).getStatusCode().value()).isEqualTo(403);
        assertThat(api.as("claire", "STAFF").get("/api/deliveries?subscriptionId=" + theirs).getStatusCode().value())
                .isEqualTo(403);
    }

    @Test
    void aRestrictedAgreementIsHiddenFromOutsidersEverywhereAndARemovalTakesEffectAtDelivery() {
        String agreementId = newId();
        String insider = "aigerim-" + newId();
        String outsider = "bob-" + newId();
        Instant since = Instant.now().minusSeconds(1);
        String snapshot = AgreementEvents.snapshot(agreementId, 1, "R-" + agreementId.substring(0, 6), List.of(newId()),
                List.of("KZ"), List.of("leadership"), "PUBLIC");
        try (WebhookReceiver insiderHook = new WebhookReceiver(request -> 503);
             WebhookReceiver outsiderHook = new WebhookReceiver(request -> 200)) {
            String insiderWebhook = subscribe(insider, insiderHook, "WEBHOOK");
            subscribe(insider, null, "IN_APP");
            String outsiderWebhook = subscribe(outsider, outsiderHook, "WEBHOOK");
            String outsiderMail = subscribe(outsider, null, "EMAIL");
            subscribe(outsider, null, "IN_APP");

            String created = publish(CREATED, agreementId, Instant.now(), AgreementEvents.created(
                    AgreementEvents.restricted(snapshot, List.of(insider), List.of("MANAGER"))));

            // The insider is told (their receiver fails until the delivery is dead); the outsider never is.
            await().atMost(WAIT).until(() -> deliveries(insiderWebhook, "DEAD").size() == 1
                    && inbox(insider, insider).contains(created));
            assertThat(inbox(outsider, outsider)).isEmpty();
            assertThat(deliveries(outsiderWebhook, null)).isEmpty();
            assertThat(deliveries(outsiderMail, null)).isEmpty();
            assertThat(outsiderHook.received()).isEmpty();

            // Readers: only those on the list (here by role) see its timeline and feeds.
            TestApi staff = api.as("paul", "STAFF");
            assertThat(staff.get("/api/agreements/" + agreementId + "/timeline").getStatusCode().value()).isEqualTo(404);
            assertThat(staff.get("/api/agreements/" + agreementId + "/feed.atom").getStatusCode().value()).isEqualTo(404);
            assertThat(staff.get("/api/agreements/" + agreementId + "/calendar.ics").getStatusCode().value()).isEqualTo(404);
            assertThat(timelineAgreements(staff, since)).doesNotContain(agreementId);
            TestApi manager = api.as("marc", "MANAGER");
            assertThat(manager.get("/api/agreements/" + agreementId + "/timeline").getBody().get("entries").size())
                    .isEqualTo(1);
            assertThat(timelineAgreements(manager, since)).contains(agreementId);

            // Taken off the list: the dead webhook revived now is withheld, and the inbox forgets the agreement.
            String removed = publish(ACCESS_CHANGED, agreementId, Instant.now(), "{\"agreement\": "
                    + AgreementEvents.restricted(snapshot.replace("\"version\": 1", "\"version\": 2"), List.of(),
                    List.of("MANAGER")) + ", \"previous\": {\"users\": [\"" + insider + "\"], \"roles\": [\"MANAGER\"]}}");
            await().atMost(WAIT).until(() -> manager.get("/api/agreements/" + agreementId + "/timeline").getBody()
                    .get("entries").size() == 2);
            insiderHook.answer(request -> 200);
            int calls = insiderHook.received().size();
            String dead = deliveries(insiderWebhook, "DEAD").get(0).get("id").asString();
            assertThat(api.post("/api/deliveries/" + dead + "/retry", null).getStatusCode().value()).isEqualTo(200);
            await().atMost(WAIT).until(() -> deliveries(insiderWebhook, "CANCELLED").size() == 1);
            assertThat(deliveries(insiderWebhook, "CANCELLED").get(0).get("lastError").asString()).contains("withheld");
            assertThat(insiderHook.received()).hasSize(calls);
            assertThat(inbox(insider, insider)).doesNotContain(created, removed);
            assertThat(deliveries(outsiderWebhook, null)).isEmpty();
        }
    }

    private String subscribe(String subscriber, WebhookReceiver receiver, String channel) {
        TestApi self = api.as(subscriber, "STAKEHOLDER");
        Map<String, Object> body = switch (channel) {
            case "WEBHOOK" -> Fixtures.webhookSubscription(subscriber, receiver.url(), Map.of("countries", List.of("KZ")));
            case "EMAIL" -> Fixtures.emailSubscription(subscriber, subscriber + "@example.org", "en",
                    Map.of("countries", List.of("KZ")));
            default -> Fixtures.inAppSubscription(subscriber, Map.of("countries", List.of("KZ")));
        };
        return Fixtures.create(self, body).get("id").asString();
    }

    private List<String> inbox(String subscriber, String reader) {
        JsonNode inbox = api.as(reader, "STAKEHOLDER").get("/api/subscribers/{id}/inbox?size=100", subscriber).getBody();
        return new ArrayList<>(inbox.get("items").findValuesAsString("eventId"));
    }

    private List<JsonNode> deliveries(String subscriptionId, String status) {
        String query = "/api/deliveries?size=100&subscriptionId=" + subscriptionId + (status == null ? "" : "&status=" + status);
        return api.get(query).getBody().get("items").valueStream().toList();
    }

    private static List<String> timelineAgreements(TestApi reader, Instant since) {
        return new ArrayList<>(reader.get("/api/timeline?limit=200&from=" + since).getBody().get("entries")
                .findValuesAsString("agreementId"));
    }
}
