package org.entente.notify.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.entente.localstack.test.TestApi;
import org.entente.localstack.test.TestEvents;
import org.entente.notify.AgreementEvents;
import org.entente.notify.Fixtures;
import org.entente.notify.NotifyIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import tools.jackson.databind.JsonNode;

/** A stakeholder's own calendar: the dates of what they follow, read by a calendar application with the feed token. */
class PersonalCalendarIT extends NotifyIntegrationTest {

    String aigerim;
    TestApi stakeholder;
    TestApi application;
    String theme;

    @BeforeEach
    void setUp() {
        aigerim = "aigerim-" + newId();
        stakeholder = api.as(aigerim, "STAKEHOLDER");
        application = api.anonymous();
        theme = "theme-" + newId();
    }

    @Test
    void itCarriesTheDatesOfWhatTheUserFollowsAndNoRestrictedAgreementTheyMayNotSee() throws Exception {
        String restrictedNamed = newId();
        Fixtures.create(stakeholder, Fixtures.inAppSubscription(aigerim, Map.of("themes", List.of(theme))));
        Fixtures.create(stakeholder, Fixtures.inAppSubscription(aigerim, Map.of("agreementIds", List.of(restrictedNamed))));
        String followed = newId();
        publish("entente.agreement.created.v1", followed, Instant.parse("2025-11-01T09:00:00Z"), AgreementEvents.created(
                snapshot(followed, "P-1", List.of(theme)).replace("\"noticeDeadline\": null", "\"noticeDeadline\": \"2030-08-16\"")));
        String otherTheme = newId();
        publish("entente.agreement.created.v1", otherTheme, Instant.now(),
                AgreementEvents.created(snapshot(otherTheme, "P-2", List.of("another-" + theme))));
        String restrictedByTheme = newId();
        publish("entente.agreement.created.v1", restrictedByTheme, Instant.now(), AgreementEvents.created(
                AgreementEvents.restricted(snapshot(restrictedByTheme, "R-1", List.of(theme)), List.of("someone-else"), List.of())));
        publish("entente.agreement.created.v1", restrictedNamed, Instant.now(), AgreementEvents.created(
                AgreementEvents.restricted(snapshot(restrictedNamed, "R-2", List.of()), List.of("someone-else"), List.of())));
        String actionId = newId();
        send(TestEvents.cloudEvent(actionsTopic, newId(), "entente.action.created.v1", followed,
                Instant.parse("2025-11-20T09:00:00Z"), "{\"action\": " + action(actionId, followed) + "}"));
        // The last event in: once every replica and the action are in, the calendar is what it will stay.
        await().atMost(WAIT).until(() -> api.get("/api/agreements/{id}/timeline", restrictedNamed).getBody()
                .get("entries").size() == 1 && api.get("/api/agreements/{id}/timeline", restrictedByTheme).getBody()
                .get("entries").size() == 1);
        String url = stakeholder.get("/api/feed-token").getBody().get("personalCalendarUrl").asString();

        await().atMost(WAIT).until(() -> events(read(url)).size() == 3);
        Calendar calendar = read(url);

        assertThat(calendar.validate().hasErrors()).isFalse();
        assertThat(events(calendar)).extracting(event -> property(event, Property.SUMMARY)).containsExactlyInAnyOrder(
                "Agreement expires: P-1 — Memorandum P-1",
                "Renewal notice deadline: P-1 — Memorandum P-1",
                "Due: KZ-1 \"Leadership training\"");
        assertThat(events(calendar)).extracting(event -> property(event, Property.UID))
                .contains("agreement-" + followed + "-notice-deadline@entente", "action-" + actionId + "-due@entente");
    }

    @Test
    void renewingTheFeedTokenStopsTheOldCalendarUrl() throws Exception {
        String old = stakeholder.get("/api/feed-token").getBody().get("personalCalendarUrl").asString();

        JsonNode renewed = stakeholder.post("/api/feed-token", null).getBody();

        assertThat(response(old).getStatusCode().value()).isEqualTo(401);
        assertThat(response(renewed.get("personalCalendarUrl").asString()).getStatusCode().value()).isEqualTo(200);
        assertThat(events(read(renewed.get("personalCalendarUrl").asString()))).as("follows nothing yet").isEmpty();
    }

    @Test
    void aStakeholdersTokenReadsTheirOwnCalendarButNoAgreementsFeeds() {
        JsonNode token = stakeholder.get("/api/feed-token").getBody();

        assertThat(response(token.get("personalCalendarUrl").asString()).getStatusCode().value()).isEqualTo(200);
        assertThat(response(token.get("calendarUrl").asString().replace("{agreementId}", newId())).getStatusCode().value())
                .isEqualTo(403);
        assertThat(application.get("/api/calendar.ics").getStatusCode().value()).as("no token, no calendar").isEqualTo(401);
        assertThat(stakeholder.client().get().uri("/api/calendar.ics").retrieve().toEntity(String.class).getBody())
                .as("a bearer token reads it too").startsWith("BEGIN:VCALENDAR");
    }

    private ResponseEntity<String> response(String url) {
        return application.client().get().uri(url.substring(url.indexOf("/api/"))).retrieve().toEntity(String.class);
    }

    private Calendar read(String url) throws Exception {
        ResponseEntity<String> answer = response(url);
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("text/calendar");
        return new CalendarBuilder().build(new StringReader(answer.getBody()));
    }

    private static String snapshot(String id, String code, List<String> themes) {
        return AgreementEvents.snapshot(id, 1, code, List.of("org-fr", "org-kz"), List.of("FR", "KZ"), themes, "PUBLIC");
    }

    private static String action(String actionId, String agreementId) {
        return """
                {"actionId": "%s", "version": 1, "agreementId": "%s", "reference": "KZ-1",
                 "title": "Leadership training", "category": "TRAINING", "ownerName": null,
                 "ownerEmail": null, "responsibleOrganizations": [], "startDate": null, "dueDate": "2026-12-31",
                 "status": "PLANNED", "percentComplete": 0, "indicators": [], "milestones": [],
                 "agreementSuspended": false}""".formatted(actionId, agreementId);
    }

    private static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents("VEVENT").stream().map(VEvent.class::cast).toList();
    }

    private static String property(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse("");
    }
}
