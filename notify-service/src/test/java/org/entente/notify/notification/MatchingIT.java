package org.entente.notify.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.entente.localstack.test.TestEvents;
import org.entente.notify.AgreementEvents;
import org.entente.notify.Fixtures;
import org.entente.notify.NotifyIntegrationTest;
import org.entente.notify.delivery.Delivery;
import org.entente.notify.timeline.TimelineEntry;
import org.entente.platform.inbound.EventReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.messaging.support.MessageBuilder;

import tools.jackson.databind.JsonNode;

class MatchingIT extends NotifyIntegrationTest {

    static final String CREATED = "entente.agreement.created.v1";
    static final String STATUS_CHANGED = "entente.agreement.status-changed.v1";

    @Autowired
    MongoTemplate mongo;

    @Autowired
    NotificationFanOut fanOut;

    @Autowired
    EventReader reader;

    String agreementId;
    String organizationId;
    String theme;
    String snapshot;

    @BeforeEach
    void setUp() {
        agreementId = newId();
        organizationId = newId();
        theme = "theme-" + Long.toString(System.nanoTime(), 36).replaceAll("[^a-z0-9]", "");
        // Tuvalu and Nauru appear in no other test: a country filter sees only this test's events.
        snapshot = AgreementEvents.snapshot(agreementId, 1, "M-1", List.of(organizationId, newId()),
                List.of("TV", "FR"), List.of(theme), "PUBLIC");
    }

    @Test
    void eachFilterKindMatchesTheEventsItNamesAndNoOthers() {
        String byAgreement = follower(Map.of("agreementIds", List.of(agreementId)));
        String byOtherAgreement = follower(Map.of("agreementIds", List.of(newId())));
        String byOrganization = follower(Map.of("organizationIds", List.of(organizationId)));
        String byOtherOrganization = follower(Map.of("organizationIds", List.of(newId())));
        String byCountry = follower(Map.of("countries", List.of("TV")));
        String byOtherCountry = follower(Map.of("countries", List.of("NR")));
        String byTheme = follower(Map.of("themes", List.of(theme)));
        String byOtherTheme = follower(Map.of("themes", List.of(theme + "-other")));
        String byType = follower(Map.of("agreementIds", List.of(agreementId), "eventTypes", List.of(STATUS_CHANGED)));
        String byAll = follower(Map.of());
        String byTwoFilters = follower(Map.of("countries", List.of("TV"), "themes", List.of(theme + "-other")));

        String created = publish(CREATED, agreementId, Instant.now(), AgreementEvents.created(snapshot));
        String signed = publish(STATUS_CHANGED, agreementId, Instant.now(),
                AgreementEvents.statusChanged(snapshot.replace("\"version\": 1", "\"version\": 2"), "NEGOTIATION", "SIGNED"));

        await().atMost(WAIT).until(() -> inboxEvents(byType).contains(signed) && inboxEvents(byAll).contains(signed));
        assertThat(inboxEvents(byAgreement)).containsExactlyInAnyOrder(created, signed);
        assertThat(inboxEvents(byOrganization)).containsExactlyInAnyOrder(created, signed);
        assertThat(inboxEvents(byCountry)).containsExactlyInAnyOrder(created, signed);
        assertThat(inboxEvents(byTheme)).containsExactlyInAnyOrder(created, signed);
        assertThat(inboxEvents(byType)).containsExactly(signed);
        assertThat(inboxEvents(byAll)).contains(created, signed);
        for (String none : List.of(byOtherAgreement, byOtherOrganization, byOtherCountry, byOtherTheme, byTwoFilters)) {
            assertThat(inboxEvents(none)).as(none).isEmpty();
        }
    }

    @Test
    void aRestrictedAgreementReachesOnlyThoseOnItsAccessList() {
        String insider = newId();
        String restricted = AgreementEvents.restricted(AgreementEvents.snapshot(agreementId, 1, "R-1",
                List.of(organizationId), List.of("TV"), List.of(theme), "PUBLIC"), List.of(insider), List.of());
        Fixtures.create(api, Fixtures.inAppSubscription(insider, Map.of("countries", List.of("TV"))));
        String byId = follower(Map.of("agreementIds", List.of(agreementId)));
        String byAll = follower(Map.of());

        String created = publish(CREATED, agreementId, Instant.now(), AgreementEvents.created(restricted));
        // A later public event: once the follower of all has it, the restricted one was handled before.
        String marker = newId();
        publish(CREATED, marker, Instant.now(), AgreementEvents.created(AgreementEvents.snapshot(marker, 1, "P-1",
                List.of(newId()), List.of("NR"), List.of(theme), "PUBLIC")));

        await().atMost(WAIT).until(() -> inboxAgreements(byAll).contains(marker) && inboxEvents(insider).contains(created));
        assertThat(inboxEvents(byId)).isEmpty();
        assertThat(inboxAgreements(byAll)).doesNotContain(agreementId);
    }

    @Test
    void anActionEventThatOvertakesItsAgreementIsNotifiedOnceTheAgreementIsKnown() {
        String byCountry = follower(Map.of("countries", List.of("TV")));
        String byTheme = follower(Map.of("themes", List.of(theme)));

        String action = publishAction(agreementId);
        await().atMost(WAIT).until(() -> mongo.exists(Query.query(where("_id").is(action)), TimelineEntry.COLLECTION));
        assertThat(inboxEvents(byCountry)).as("before the agreement is known").isEmpty();
        String created = publish(CREATED, agreementId, Instant.now(), AgreementEvents.created(snapshot));

        await().atMost(WAIT).until(() -> inboxEvents(byCountry).contains(action) && inboxEvents(byTheme).contains(action));
        assertThat(inboxEvents(byCountry)).containsExactlyInAnyOrder(created, action);
        assertThat(inboxEvents(byTheme)).containsExactlyInAnyOrder(created, action);
    }

    @Test
    void anActionOnARestrictedAgreementThatComesFirstReachesOnlyThoseOnItsAccessList() {
        String insider = newId();
        Fixtures.create(api, Fixtures.inAppSubscription(insider, Map.of("countries", List.of("TV"))));
        String byId = follower(Map.of("agreementIds", List.of(agreementId)));
        String byAll = follower(Map.of());

        String action = publishAction(agreementId);
        await().atMost(WAIT).until(() -> mongo.exists(Query.query(where("_id").is(action)), TimelineEntry.COLLECTION));
        publish(CREATED, agreementId, Instant.now(), AgreementEvents.created(AgreementEvents.restricted(
                AgreementEvents.snapshot(agreementId, 1, "R-2", List.of(organizationId), List.of("TV"), List.of(theme),
                        "PUBLIC"), List.of(insider), List.of())));

        await().atMost(WAIT).until(() -> inboxEvents(insider).contains(action));
        assertThat(inboxEvents(byId)).doesNotContain(action);
        assertThat(inboxAgreements(byAll)).doesNotContain(agreementId);
    }

    @Test
    void fanOutWritesOneNotificationPerSubscriptionAndChannelAndAReplayWritesNone() {
        int subscribers = 120; // more than one bulk batch in tests (entente.fan-out.batch-size)
        List<String> ours = new ArrayList<>();
        for (int i = 0; i < subscribers; i++) {
            Map<String, Object> body = Fixtures.inAppSubscription(newId(), Map.of("themes", List.of(theme)));
            if (i == 0) {
                body = Fixtures.emailSubscription(newId(), "fanout@example.org", "en", Map.of("themes", List.of(theme)));
                body.put("channels", List.of("EMAIL", "IN_APP"));
                body.put("rhythm", "WEEKLY_DIGEST");
            }
            ours.add(Fixtures.create(api, body).get("id").asString());
        }
        String eventId = newId();
        var event = TestEvents.cloudEvent(agreementsTopic, eventId, CREATED, agreementId, Instant.now(),
                AgreementEvents.created(snapshot));

        send(event);
        send(event);
        String later = publish(CREATED, agreementId, Instant.now(), AgreementEvents.created(snapshot));

        // Counted for this test's subscriptions: followers of everything from other tests hear of it too.
        await().atMost(WAIT).until(() -> notifications(later, ours), written -> written == subscribers + 1);
        assertThat(notifications(eventId, ours)).isEqualTo(subscribers + 1);
        // Redelivered once more, as after a rebalance: it writes nothing and counts nothing.
        var redelivered = MessageBuilder.withPayload(event.value().getBytes(StandardCharsets.UTF_8));
        event.headers().forEach(header -> redelivered.setHeader(header.key(), header.value()));
        assertThat(fanOut.fanOut(reader.read(redelivered.build()))).as("notifications a replay writes").isZero();
    }

    @Test
    void aSubscriberWhoseSubscriptionsOverlapIsToldOncePerInboxAddressAndUrl() {
        String subscriber = newId();
        String hook = "http://127.0.0.1:9/hooks/" + subscriber; // nobody listens: the calls made are not the point
        Map<String, Object> byCountry = Fixtures.emailSubscription(subscriber, "Aigerim@Example.org", "en",
                Map.of("countries", List.of("TV")));
        byCountry.put("channels", List.of("EMAIL", "IN_APP", "WEBHOOK"));
        byCountry.put("webhook", Map.of("url", hook, "secret", Fixtures.SECRET));
        Map<String, Object> byAgreement = Fixtures.emailSubscription(subscriber, "aigerim@example.org", "en",
                Map.of("agreementIds", List.of(agreementId)));
        byAgreement.put("channels", List.of("EMAIL", "IN_APP", "WEBHOOK"));
        byAgreement.put("webhook", Map.of("url", hook, "secret", Fixtures.SECRET));
        Map<String, Object> otherAddress = Fixtures.emailSubscription(subscriber, "aigerim.bekova@example.org", "en",
                Map.of("themes", List.of(theme)));
        List<String> ours = List.of(Fixtures.create(api, byCountry).get("id").asString(),
                Fixtures.create(api, byAgreement).get("id").asString(),
                Fixtures.create(api, otherAddress).get("id").asString());

        String created = publish(CREATED, agreementId, Instant.now(), AgreementEvents.created(snapshot));

        await().atMost(WAIT).until(() -> inboxEvents(subscriber).contains(created));
        assertThat(inboxEvents(subscriber)).containsExactly(created);
        assertThat(channels(created, ours)).containsExactlyInAnyOrder("IN_APP", "WEBHOOK", "EMAIL", "EMAIL");
    }

    @Test
    void theInboxCountsUnreadNotificationsAndMarksThemRead() {
        String subscriber = follower(Map.of("agreementIds", List.of(agreementId)));
        publish(CREATED, agreementId, Instant.parse("2025-11-14T10:00:00Z"), AgreementEvents.created(snapshot));
        publish(STATUS_CHANGED, agreementId, Instant.parse("2025-11-14T11:00:00Z"),
                AgreementEvents.statusChanged(snapshot.replace("\"version\": 1", "\"version\": 2"), "NEGOTIATION", "SIGNED"));
        await().atMost(WAIT).until(() -> inboxEvents(subscriber).size() == 2);

        JsonNode inbox = api.get("/api/subscribers/{id}/inbox?lang=fr", subscriber).getBody();
        assertThat(inbox.get("unreadCount").asInt()).isEqualTo(2);
        JsonNode newest = inbox.get("items").get(0);
        assertThat(newest.get("summary").asString()).isEqualTo("L'accord M-1 est désormais signé");
        assertThat(api.post("/api/subscribers/" + subscriber + "/inbox/" + newest.get("id").asString() + "/read", null)
                .getStatusCode().value()).isEqualTo(200);
        api.post("/api/subscribers/" + subscriber + "/inbox/" + newest.get("id").asString() + "/read", null);

        JsonNode after = api.get("/api/subscribers/{id}/inbox?unread=true", subscriber).getBody();
        assertThat(after.get("unreadCount").asInt()).isEqualTo(1);
        assertThat(after.get("items")).hasSize(1);
        assertThat(api.post("/api/subscribers/someone-else/inbox/" + newest.get("id").asString() + "/read", null)
                .getStatusCode().value()).isEqualTo(404);
    }

    /** An action.created event on the actions topic, about this agreement: its event id. */
    private String publishAction(String agreement) {
        String eventId = newId();
        send(TestEvents.cloudEvent(actionsTopic, eventId, "entente.action.created.v1", agreement, Instant.now(), """
                {"action": {"actionId": "%s", "version": 1, "agreementId": "%s", "reference": "KZ-1",
                 "title": "Leadership training for senior officials", "category": "TRAINING", "ownerName": null,
                 "ownerEmail": null, "responsibleOrganizations": [], "startDate": null, "dueDate": "2026-12-31",
                 "status": "PLANNED", "percentComplete": 0, "indicators": [], "milestones": [],
                 "agreementSuspended": false}}""".formatted(newId(), agreement)));
        return eventId;
    }

    private String follower(Map<String, Object> follow) {
        String subscriber = newId();
        Fixtures.create(api, Fixtures.inAppSubscription(subscriber, follow));
        return subscriber;
    }

    private List<String> inboxEvents(String subscriber) {
        return values(subscriber, "eventId");
    }

    private List<String> inboxAgreements(String subscriber) {
        return values(subscriber, "agreementId");
    }

    private List<String> values(String subscriber, String field) {
        JsonNode inbox = api.get("/api/subscribers/{id}/inbox?size=100", subscriber).getBody();
        return new ArrayList<>(inbox.get("items").findValuesAsString(field));
    }

    private List<String> channels(String eventId, List<String> subscriptionIds) {
        return mongo.find(Query.query(where("eventIds").is(eventId).and("subscriptionId").in(subscriptionIds)),
                Delivery.class, Delivery.COLLECTION).stream().map(delivery -> delivery.channel().name()).toList();
    }

    private long notifications(String eventId, List<String> subscriptionIds) {
        return mongo.count(Query.query(where("eventIds").is(eventId).and("subscriptionId").in(subscriptionIds)),
                Delivery.COLLECTION);
    }
}
