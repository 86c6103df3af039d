package org.entente.notify.feedaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.List;

import org.entente.localstack.test.TestApi;
import org.entente.notify.AgreementEvents;
import org.entente.notify.NotifyIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.JsonNode;

/** A calendar or feed application reads an agreement's feeds with the user's feed token in the URL, no bearer. */
class FeedTokensIT extends NotifyIntegrationTest {

    String staff;
    String agreementId;
    TestApi claire;
    TestApi application;

    @BeforeEach
    void setUp() {
        staff = "claire-" + newId();
        claire = api.as(staff, "STAFF");
        application = api.anonymous();
        agreementId = newId();
        publish("entente.agreement.created.v1", agreementId, Instant.parse("2025-11-01T09:00:00Z"),
                AgreementEvents.created(snapshot(agreementId, "PUBLIC")));
        await().atMost(WAIT).until(() -> claire.get("/api/agreements/{id}/timeline", agreementId).getBody()
                .get("entries").size() == 1);
    }

    @Test
    void theFeedTokenReadsTheCalendarAndTheAtomFeedWithoutABearerToken() {
        JsonNode token = claire.get("/api/feed-token").getBody();

        ResponseEntity<String> calendar = read(token.get("calendarUrl").asString());
        ResponseEntity<String> atom = read(token.get("atomUrl").asString());

        assertThat(calendar.getStatusCode().value()).isEqualTo(200);
        assertThat(calendar.getBody()).startsWith("BEGIN:VCALENDAR").contains("Agreement expires: T-1");
        assertThat(atom.getStatusCode().value()).isEqualTo(200);
        assertThat(atom.getBody()).contains("urn:entente:agreement:" + agreementId);
        assertThat(claire.get("/api/feed-token").getBody().get("token")).as("the same until renewed")
                .isEqualTo(token.get("token"));
        assertThat(token.get("token").asString()).hasSizeGreaterThanOrEqualTo(43);
    }

    @Test
    void renewingTheTokenStopsTheOldOne() {
        JsonNode old = claire.get("/api/feed-token").getBody();

        JsonNode renewed = claire.post("/api/feed-token", null).getBody();

        assertThat(renewed.get("token")).isNotEqualTo(old.get("token"));
        assertThat(read(old.get("calendarUrl").asString()).getStatusCode().value()).isEqualTo(401);
        assertThat(read(renewed.get("calendarUrl").asString()).getStatusCode().value()).isEqualTo(200);
        assertThat(claire.get("/api/feed-token").getBody().get("token")).isEqualTo(renewed.get("token"));
    }

    @Test
    void aRestrictedAgreementStaysHiddenFromAUserNotOnItsAccessList() {
        String restricted = newId();
        publish("entente.agreement.created.v1", restricted, Instant.parse("2025-11-01T09:00:00Z"),
                AgreementEvents.created(AgreementEvents.restricted(snapshot(restricted, "PUBLIC"), List.of("someone-else"),
                        List.of())));
        await().atMost(WAIT).until(() -> api.get("/api/agreements/{id}/timeline", restricted).getBody()
                .get("entries").size() == 1);
        JsonNode token = claire.get("/api/feed-token").getBody();

        assertThat(read(token.get("calendarUrl").asString().replace("{agreementId}", restricted)).getStatusCode().value())
                .isEqualTo(404);
        assertThat(read(token.get("atomUrl").asString().replace("{agreementId}", restricted)).getStatusCode().value())
                .isEqualTo(404);
    }

    @Test
    void theFeedTokenOpensNothingButTheTwoFeeds() {
        String token = claire.get("/api/feed-token").getBody().get("token").asString();

        for (String path : List.of("/api/agreements/" + agreementId + "/timeline", "/api/timeline", "/api/feed-token",
                "/api/subscriptions", "/api/subscribers/" + staff + "/inbox", "/api/deliveries")) {
            assertThat(application.get(path + "?feedToken=" + token).getStatusCode().value()).as(path).isEqualTo(401);
        }
        assertThat(application.send(org.springframework.http.HttpMethod.POST, "/api/feed-token?feedToken=" + token, null,
                headers -> { }).getStatusCode().value()).isEqualTo(401);
        assertThat(application.get("/api/agreements/" + agreementId + "/calendar.ics?feedToken=guess").getStatusCode()
                .value()).isEqualTo(401);
    }

    private ResponseEntity<String> read(String url) {
        String path = url.substring(url.indexOf("/api/")).replace("{agreementId}", agreementId);
        return application.client().get().uri(path).retrieve().toEntity(String.class);
    }

    private static String snapshot(String id, String confidentiality) {
        return AgreementEvents.snapshot(id, 1, "T-1", List.of("org-fr", "org-kz"), List.of("FR", "KZ"), List.of("x"),
                confidentiality);
    }
}
