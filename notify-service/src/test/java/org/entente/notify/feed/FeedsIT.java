package org.entente.notify.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import org.entente.notify.AgreementEvents;
import org.entente.localstack.test.TestEvents;
import org.entente.notify.NotifyIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.xml.sax.InputSource;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

class FeedsIT extends NotifyIntegrationTest {

    String agreementId;
    String delegationId;

    @BeforeEach
    void setUp() {
        agreementId = newId();
        delegationId = newId();
    }

    @Test
    void theCalendarIsValidICalendarWithTheExpiryAndVisitsUnderStableUids() throws Exception {
        publish("entente.agreement.created.v1", agreementId, Instant.parse("2025-11-01T09:00:00Z"),
                AgreementEvents.created(snapshot(1)));
        publish("entente.delegation.scheduled.v1", agreementId, Instant.parse("2025-11-02T09:00:00Z"), visitScheduled());
        await().atMost(WAIT).until(() -> events(calendar()).size() == 2);
        Calendar before = calendar();

        publish("entente.delegation.status-changed.v1", agreementId, Instant.parse("2025-11-03T09:00:00Z"), visitCancelled());
        await().atMost(WAIT).until(() -> property(visit(calendar()), Property.STATUS).equals("CANCELLED"));
        Calendar after = calendar();

        assertThat(after.validate().hasErrors()).isFalse();
        assertThat(events(after)).extracting(event -> property(event, Property.UID)).containsExactlyInAnyOrderElementsOf(
                events(before).stream().map(event -> property(event, Property.UID)).toList());
        VEvent expiry = events(after).stream().filter(event -> property(event, Property.UID).contains("expiry")).findFirst().orElseThrow();
        assertThat(property(expiry, Property.DTSTART)).isEqualTo("20301114");
        assertThat(property(expiry, Property.SUMMARY)).startsWith("Agreement expires: F-1");
        VEvent visit = visit(after);
        assertThat(property(visit, Property.UID)).isEqualTo("delegation-" + delegationId + "@entente");
        assertThat(property(visit, Property.DTSTART)).isEqualTo("20251114");
        assertThat(property(visit, Property.DTEND)).isEqualTo("20251117"); // exclusive: the visit ends on the 16th
        assertThat(property(visit, Property.SEQUENCE)).isEqualTo("2");
        assertThat(property(visit, Property.LOCATION)).isEqualTo("Paris, FR");
    }

    @Test
    void theAtomFeedIsValidAtomWithTheTimelineNewestFirstInTheReadersLanguage() throws Exception {
        String created = publish("entente.agreement.created.v1", agreementId, Instant.parse("2025-11-01T09:00:00Z"),
                AgreementEvents.created(snapshot(1)));
        String signed = publish("entente.agreement.status-changed.v1", agreementId, Instant.parse("2025-11-14T10:00:00Z"),
                AgreementEvents.statusChanged(snapshot(2), "NEGOTIATION", "SIGNED"));
        await().atMost(WAIT).until(() -> atom("en").getEntries().size() == 2);

        ResponseEntity<String> answer = api.client().get().uri("/api/agreements/{id}/feed.atom?lang=fr", agreementId)
                .retrieve().toEntity(String.class);
        SyndFeed feed = new SyndFeedInput().build(new InputSource(new StringReader(answer.getBody())));

        assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/atom+xml");
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getUri()).isEqualTo("urn:entente:agreement:" + agreementId);
        assertThat(feed.getTitle()).isEqualTo("F-1 — Mémorandum F-1");
        assertThat(feed.getEntries()).extracting(SyndEntry::getUri)
                .containsExactly("urn:entente:event:" + signed, "urn:entente:event:" + created);
        assertThat(feed.getEntries().get(0).getTitle()).isEqualTo("L'accord F-1 est désormais signé");
        assertThat(feed.getEntries().get(0).getUpdatedDate().toInstant()).isEqualTo(Instant.parse("2025-11-14T10:00:00Z"));
        assertThat(feed.getEntries().get(1).getLink()).endsWith("/api/agreements/" + agreementId);
    }

    @Test
    void theCalendarCarriesActionDueDatesAndMilestonesAndTheTimelineNamesTheAction() throws Exception {
        publish("entente.agreement.created.v1", agreementId, Instant.parse("2025-11-01T09:00:00Z"),
                AgreementEvents.created(snapshot(1)));
        String actionId = newId();
        send(TestEvents.cloudEvent(actionsTopic, newId(), "entente.action.created.v1", agreementId,
                Instant.parse("2025-11-20T09:00:00Z"), "{\"action\": " + action(actionId) + "}"));

        await().atMost(WAIT).until(() -> events(calendar()).size() == 3);
        Calendar calendar = calendar();

        assertThat(calendar.validate().hasErrors()).isFalse();
        VEvent due = events(calendar).stream()
                .filter(event -> property(event, Property.UID).equals("action-" + actionId + "-due@entente")).findFirst().orElseThrow();
        assertThat(property(due, Property.DTSTART)).isEqualTo("20261231");
        assertThat(property(due, Property.SUMMARY)).isEqualTo("Due: KZ-1 \"Leadership training for senior officials\"");
        assertThat(events(calendar)).extracting(event -> property(event, Property.SUMMARY))
                .contains("Milestone: First cohort trained — KZ-1 \"Leadership training for senior officials\"");
        assertThat(api.get("/api/agreements/{id}/timeline?lang=fr", agreementId).getBody().get("entries").get(1)
                .get("summary").asString())
                .isEqualTo("Action ajoutée au plan : KZ-1 « Leadership training for senior officials » (échéance le 2026-12-31)");
    }

    @Test
    void theCalendarCarriesTheRenewalNoticeDeadline() throws Exception {
        String withDeadline = snapshot(1).replace("\"noticeDeadline\": null", "\"noticeDeadline\": \"2030-08-16\"");
        publish("entente.agreement.created.v1", agreementId, Instant.parse("2025-11-01T09:00:00Z"),
                AgreementEvents.created(withDeadline));

        await().atMost(WAIT).until(() -> events(calendar()).size() == 2);
        VEvent deadline = events(calendar()).stream()
                .filter(event -> property(event, Property.UID).equals("agreement-" + agreementId + "-notice-deadline@entente"))
                .findFirst().orElseThrow();
        assertThat(property(deadline, Property.DTSTART)).isEqualTo("20300816");
        assertThat(property(deadline, Property.SUMMARY)).startsWith("Renewal notice deadline: F-1");
    }

    @Test
    void feedsOfAnUnknownAgreementAre404s() {
        assertThat(api.get("/api/agreements/{id}/calendar.ics", newId()).getStatusCode().value()).isEqualTo(404);
        assertThat(api.get("/api/agreements/{id}/feed.atom", newId()).getStatusCode().value()).isEqualTo(404);
    }

    private String snapshot(long version) {
        return AgreementEvents.snapshot(agreementId, version, "F-1", List.of("org-fr", "org-kz"), List.of("FR", "KZ"),
                List.of(), "PUBLIC");
    }

    private String action(String actionId) {
        return """
                {"actionId": "%s", "version": 1, "agreementId": "%s", "reference": "KZ-1",
                 "title": "Leadership training for senior officials", "category": "TRAINING", "ownerName": null,
                 "ownerEmail": null, "responsibleOrganizations": [], "startDate": null, "dueDate": "2026-12-31",
                 "status": "PLANNED", "percentComplete": 0, "indicators": [],
                 "milestones": [{"title": "First cohort trained", "dueDate": "2026-06-30", "reachedOn": null}],
                 "agreementSuspended": false}""".formatted(actionId, agreementId);
    }

    private String visitScheduled() {
        return """
                {"delegationId": "%s", "version": 1, "agreementId": "%s", "direction": "INCOMING", "status": "PLANNED",
                 "hostOrganization": {"organizationId": "org-fr", "name": "INSP", "country": "FR"},
                 "visitingOrganization": {"organizationId": "org-kz", "name": "ACSA", "country": "KZ"},
                 "leader": {"name": "Darkhan Zhazykbay", "title": "Chairman", "organizationId": "org-kz"},
                 "members": [], "startDate": "2025-11-14", "endDate": "2025-11-16", "city": "Paris", "country": "FR",
                 "purpose": "Sign the memorandum", "agenda": [], "outcomes": null}""".formatted(delegationId, agreementId);
    }

    private String visitCancelled() {
        return """
                {"delegationId": "%s", "version": 2, "agreementId": "%s", "from": "PLANNED", "to": "CANCELLED",
                 "reason": "Postponed", "direction": "INCOMING",
                 "hostOrganization": {"organizationId": "org-fr", "name": "INSP", "country": "FR"},
                 "visitingOrganization": {"organizationId": "org-kz", "name": "ACSA", "country": "KZ"},
                 "city": "Paris", "country": "FR", "startDate": "2025-11-14", "endDate": "2025-11-16"}"""
                .formatted(delegationId, agreementId);
    }

    private Calendar calendar() throws Exception {
        ResponseEntity<String> answer = api.client().get().uri("/api/agreements/{id}/calendar.ics", agreementId)
                .retrieve().toEntity(String.class);
        if (answer.getStatusCode().value() != 200) {
            return new Calendar();
        }
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("text/calendar");
        return new CalendarBuilder().build(new StringReader(answer.getBody()));
    }

    private SyndFeed atom(String lang) throws Exception {
        ResponseEntity<String> answer = api.client().get().uri("/api/agreements/{id}/feed.atom?lang=" + lang, agreementId)
                .retrieve().toEntity(String.class);
        if (answer.getStatusCode().value() != 200) {
            return new com.rometools.rome.feed.synd.SyndFeedImpl();
        }
        return new SyndFeedInput().build(new InputSource(new StringReader(answer.getBody())));
    }

    private static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents("VEVENT").stream().map(VEvent.class::cast).toList();
    }

    private static VEvent visit(Calendar calendar) {
        return events(calendar).stream().filter(event -> property(event, Property.UID).startsWith("delegation-"))
                .findFirst().orElseThrow();
    }

    private static String property(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse("");
    }
}
