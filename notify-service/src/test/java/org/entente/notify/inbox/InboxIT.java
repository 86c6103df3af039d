package org.entente.notify.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.entente.localstack.test.TestApi;
import org.entente.notify.AgreementEvents;
import org.entente.notify.Fixtures;
import org.entente.notify.NotifyIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The unread count the console's header polls, and marking all read; a restricted agreement hidden from both. */
class InboxIT extends NotifyIntegrationTest {

    String aigerim;
    TestApi stakeholder;
    String theme;

    @BeforeEach
    void setUp() {
        aigerim = "aigerim-" + newId();
        stakeholder = api.as(aigerim, "STAKEHOLDER");
        theme = "theme-" + newId();
    }

    @Test
    void theUnreadCountAndMarkAllReadLeaveOutARestrictedAgreementTheReaderWasTakenOff() {
        String restricted = newId();
        Fixtures.create(stakeholder, Fixtures.inAppSubscription(aigerim, Map.of("themes", List.of(theme))));
        Fixtures.create(stakeholder, Fixtures.inAppSubscription(aigerim, Map.of("agreementIds", List.of(restricted))));
        for (String code : List.of("I-1", "I-2")) {
            String agreementId = newId();
            publish("entente.agreement.created.v1", agreementId, Instant.now(),
                    AgreementEvents.created(snapshot(agreementId, 1, code)));
        }
        publish("entente.agreement.created.v1", restricted, Instant.now(), AgreementEvents.created(
                AgreementEvents.restricted(snapshot(restricted, 1, "R-1"), List.of(aigerim), List.of())));
        await().atMost(WAIT).until(() -> unreadCount() == 3);

        publish("entente.agreement.updated.v1", restricted, Instant.now(), "{\"agreement\": "
                + AgreementEvents.restricted(snapshot(restricted, 2, "R-1"), List.of("someone-else"), List.of())
                + ", \"changedFields\": [\"access\"]}");
        await().atMost(WAIT).until(() -> unreadCount() == 2);

        JsonNode marked = stakeholder.post("/api/subscribers/" + aigerim + "/inbox/read", null).getBody();

        assertThat(marked.get("marked").asLong()).isEqualTo(2);
        assertThat(unreadCount()).isZero();
        JsonNode inbox = stakeholder.get("/api/subscribers/{id}/inbox", aigerim).getBody();
        assertThat(inbox.get("items").valueStream().map(item -> item.get("readAt").isNull())).containsOnly(false);
        assertThat(inbox.get("items").valueStream().map(item -> item.get("agreementId").asString())).doesNotContain(restricted);
        assertThat(stakeholder.post("/api/subscribers/" + aigerim + "/inbox/read", null).getBody().get("marked").asLong())
                .as("again: nothing more").isZero();
        assertThat(api.get("/api/subscribers/{id}/inbox?unread=true", aigerim).getBody().get("items").get(0)
                .get("agreementId").asString()).as("the hidden one untouched").isEqualTo(restricted);
    }

    @Test
    void someoneElsesCountAndInboxAreRefused() {
        String bob = "bob-" + newId();
        assertThat(stakeholder.get("/api/subscribers/{id}/inbox/unread-count", bob).getStatusCode().value()).isEqualTo(403);
        assertThat(stakeholder.post("/api/subscribers/" + bob + "/inbox/read", null).getStatusCode().value()).isEqualTo(403);
        assertThat(stakeholder.get("/api/subscribers/{id}/inbox/unread-count", aigerim).getBody().get("unreadCount")
                .asLong()).isZero();
    }

    private long unreadCount() {
        return stakeholder.get("/api/subscribers/{id}/inbox/unread-count", aigerim).getBody().get("unreadCount").asLong();
    }

    private String snapshot(String agreementId, long version, String code) {
        return AgreementEvents.snapshot(agreementId, version, code, List.of("org-kz"), List.of("KZ"), List.of(theme),
                "PUBLIC");
    }
}
