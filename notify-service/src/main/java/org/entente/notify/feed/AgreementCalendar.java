package org.entente.notify.feed;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.entente.events.EventCatalog;
import org.entente.events.EventType;
import org.entente.events.action.ActionEvent;
import org.entente.events.action.ActionSnapshot;
import org.entente.events.action.MilestoneSnapshot;
import org.entente.events.delegation.DelegationScheduled;
import org.entente.events.delegation.DelegationStatusChanged;
import org.entente.events.delegation.DelegationUpdated;
import org.entente.events.delegation.OrganizationSnapshot;

import org.entente.notify.timeline.LinkSettings;
import org.entente.notify.timeline.TimelineEntry;
import org.entente.notify.timeline.TimelinePayloads;
import org.entente.notify.timeline.TimelineSummaries;
import org.entente.platform.replica.AgreementReplica;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The dates of an agreement as calendar events: its expiry, its renewal notice deadline, its
 * delegation visits, and its action items' due dates and milestones. UIDs derive from what they
 * are about, so a calendar application updates the event it has rather than adding another; the
 * per-agreement calendar and the personal one share them.
 */
@Component
class AgreementCalendar {

    private static final List<String> VISIT_TYPES = Stream.of(EventCatalog.DELEGATION_SCHEDULED,
            EventCatalog.DELEGATION_UPDATED, EventCatalog.DELEGATION_STATUS_CHANGED).map(EventType::name).toList();

    private final MongoTemplate mongo;
    private final TimelinePayloads payloads;
    private final TimelineSummaries summaries;
    private final String agreementsUrl;
    private final String actionsUrl;

    AgreementCalendar(MongoTemplate mongo, TimelinePayloads payloads, TimelineSummaries summaries, LinkSettings settings) {
        this.mongo = mongo;
        this.payloads = payloads;
        this.summaries = summaries;
        this.agreementsUrl = settings.agreementsService();
        this.actionsUrl = settings.actionsService();
    }

    /** An empty calendar in the reader's language. */
    Calendar empty(String language) {
        return new Calendar()
                .add(new ProdId("-//Entente//notify-service//" + language.toUpperCase(Locale.ROOT)))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN);
    }

    /** Adds the agreement's dates to the calendar. */
    void addDates(Calendar calendar, AgreementReplica agreement, String language) {
        String agreementId = agreement.id();
        if (agreement.expiresOn() != null) {
            VEvent expiry = allDay(agreement.expiresOn(), agreement.expiresOn(),
                    summaries.say(language, "calendar.agreement-expires", agreement.code(), agreement.title(language)),
                    "agreement-" + agreementId + "-expiry@entente", agreement.version(), agreement.updatedAt());
            expiry.add(new Url(URI.create(agreementsUrl + "/api/agreements/" + agreementId)));
            calendar.add(expiry);
        }
        if (agreement.noticeDeadline() != null) {
            VEvent noticeDeadline = allDay(agreement.noticeDeadline(), agreement.noticeDeadline(),
                    summaries.say(language, "calendar.agreement-notice-deadline", agreement.code(),
                            agreement.title(language)),
                    "agreement-" + agreementId + "-notice-deadline@entente", agreement.version(), agreement.updatedAt());
            noticeDeadline.add(new Url(URI.create(agreementsUrl + "/api/agreements/" + agreementId)));
            calendar.add(noticeDeadline);
        }
        for (Visit visit : latestVisits(agreementId)) {
            LocalDate end = visit.endDate() == null ? visit.startDate() : visit.endDate();
            VEvent event = allDay(visit.startDate(), end, summaries.say(language, "calendar.visit",
                            summaries.say(language, "timeline.visit", name(visit.visiting()), name(visit.host()))),
                    "delegation-" + visit.delegationId() + "@entente", visit.version(), visit.occurredAt());
            event.add(new Location(visit.city() + ", " + visit.country()));
            if (visit.purpose() != null) {
                event.add(new Description(visit.purpose()));
            }
            event.add(switch (String.valueOf(visit.status())) {
                case "CANCELLED" -> ImmutableStatus.VEVENT_CANCELLED;
                case "PLANNED" -> ImmutableStatus.VEVENT_TENTATIVE;
                default -> ImmutableStatus.VEVENT_CONFIRMED;
            });
            event.add(new Url(URI.create(agreementsUrl + "/api/delegations/" + visit.delegationId())));
            calendar.add(event);
        }
        for (LatestAction latest : latestActions(agreementId)) {
            ActionSnapshot action = latest.action();
            String actionName = summaries.actionName(action, language);
            boolean cancelled = "CANCELLED".equals(action.status());
            String link = actionsUrl + "/api/actions/" + action.actionId();
            if (action.dueDate() != null) {
                VEvent event = allDay(action.dueDate(), action.dueDate(),
                        summaries.say(language, "calendar.action-due", actionName),
                        "action-" + action.actionId() + "-due@entente", action.version(), latest.occurredAt());
                event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
                event.add(new Url(URI.create(link)));
                calendar.add(event);
            }
            for (MilestoneSnapshot milestone : action.milestones() == null ? List.<MilestoneSnapshot>of() : action.milestones()) {
                if (milestone.dueDate() == null) {
                    continue;
                }
                VEvent event = allDay(milestone.dueDate(), milestone.dueDate(),
                        summaries.say(language, "calendar.milestone", milestone.title(), actionName),
                        "action-" + action.actionId() + "-milestone-"
                                + UUID.nameUUIDFromBytes(String.valueOf(milestone.title()).getBytes(StandardCharsets.UTF_8))
                                + "@entente",
                        action.version(), latest.occurredAt());
                event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
                event.add(new Url(URI.create(link)));
                calendar.add(event);
            }
        }
    }

    static ResponseEntity<String> response(Calendar calendar) throws IOException {
        StringWriter out = new StringWriter();
        new CalendarOutputter(false).output(calendar, out);
        return ResponseEntity.ok().contentType(FeedController.CALENDAR).body(out.toString());
    }

    /** An action item as its latest event told it, and when that was. */
    private record LatestAction(ActionSnapshot action, Instant occurredAt) {
    }

    /** A delegation visit as its latest event told it, and when that was. */
    private record Visit(String delegationId, long version, String status, OrganizationSnapshot host,
                         OrganizationSnapshot visiting, LocalDate startDate, LocalDate endDate, String city,
                         String country, String purpose, Instant occurredAt) {

        static Optional<Visit> of(Record payload, Instant occurredAt) {
            if (payload instanceof DelegationScheduled visit) {
                return Optional.of(new Visit(visit.delegationId(), visit.version(), visit.status(),
                        visit.hostOrganization(), visit.visitingOrganization(), visit.startDate(), visit.endDate(),
                        visit.city(), visit.country(), visit.purpose(), occurredAt));
            }
            if (payload instanceof DelegationUpdated visit) {
                return Optional.of(new Visit(visit.delegationId(), visit.version(), visit.status(),
                        visit.hostOrganization(), visit.visitingOrganization(), visit.startDate(), visit.endDate(),
                        visit.city(), visit.country(), visit.purpose(), occurredAt));
            }
            if (payload instanceof DelegationStatusChanged visit) {
                return Optional.of(new Visit(visit.delegationId(), visit.version(), visit.to(),
                        visit.hostOrganization(), visit.visitingOrganization(), visit.startDate(), visit.endDate(),
                        visit.city(), visit.country(), null, occurredAt));
            }
            return Optional.empty();
        }
    }

    /** Each action item as its latest event tells it (highest version). */
    private List<LatestAction> latestActions(String agreementId) {
        Map<String, LatestAction> latest = new LinkedHashMap<>();
        for (TimelineEntry entry : entries(Query.query(where("agreementId").is(agreementId)
                .and("type").regex("^entente\\.action\\.")))) {
            payloads.of(entry, ActionEvent.class).map(ActionEvent::action)
                    .filter(action -> action.actionId() != null)
                    .ifPresent(action -> latest.merge(action.actionId(), new LatestAction(action, entry.occurredAt()),
                            (known, next) -> next.action().version() >= known.action().version() ? next : known));
        }
        return List.copyOf(latest.values());
    }

    /** Each visit as its latest event tells it (highest version), by start date. */
    private List<Visit> latestVisits(String agreementId) {
        Map<String, Visit> latest = new LinkedHashMap<>();
        for (TimelineEntry entry : entries(Query.query(where("agreementId").is(agreementId).and("type").in(VISIT_TYPES)))) {
            payloads.of(entry).flatMap(payload -> Visit.of(payload, entry.occurredAt()))
                    .filter(visit -> visit.startDate() != null)
                    .ifPresent(visit -> latest.merge(visit.delegationId(), visit,
                            (known, next) -> next.version() >= known.version() ? next : known));
        }
        return latest.values().stream().sorted(Comparator.comparing(Visit::startDate)).toList();
    }

    private List<TimelineEntry> entries(Query query) {
        return mongo.find(query.with(Sort.by("occurredAt", "_id")), TimelineEntry.class, TimelineEntry.COLLECTION);
    }

    private static String name(OrganizationSnapshot organization) {
        return organization == null ? "" : String.valueOf(organization.name());
    }

    /** An all-day event from start to end inclusive (iCalendar's DTEND is exclusive). */
    private static VEvent allDay(LocalDate start, LocalDate end, String summary, String uid, long version, Instant changed) {
        VEvent event = new VEvent(start, end.plusDays(1), summary);
        event.replace(new DtStamp(changed == null ? Instant.EPOCH : changed));
        event.add(new Uid(uid));
        event.add(new Sequence((int) Math.min(version, Integer.MAX_VALUE)));
        return event;
    }

}
