package org.entente.notify.feed;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
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
import org.entente.notify.timeline.TimelineLinks;
import org.entente.notify.timeline.TimelinePayloads;
import org.entente.notify.timeline.TimelineSummaries;
import org.entente.platform.replica.AgreementReplica;
import org.entente.platform.replica.AgreementReplicas;
import org.entente.platform.security.Caller;
import org.entente.platform.web.Languages;
import org.entente.platform.web.ProblemException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
 * An agreement to subscribe to from a calendar app (its expiry and renewal notice dates, its delegation
 * visits) or a feed reader (its timeline). UIDs and entry ids derive from what they are
 * about, so an app updates the event it has rather than adding another.
 */
@RestController
@Tag(name = "Feeds")
class FeedController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final List<String> VISIT_TYPES = Stream.of(EventCatalog.DELEGATION_SCHEDULED,
            EventCatalog.DELEGATION_UPDATED, EventCatalog.DELEGATION_STATUS_CHANGED).map(EventType::name).toList();

    private final MongoTemplate mongo;
    private final AgreementReplicas agreements;
    private final TimelineLinks links;
    private final TimelinePayloads payloads;
    private final TimelineSummaries summaries;
    private final String agreementsUrl;
    private final String actionsUrl;
    private final String notifyUrl;

    FeedController(MongoTemplate mongo, AgreementReplicas agreements, TimelineLinks links, TimelinePayloads payloads,
                   TimelineSummaries summaries,
                   LinkSettings settings) {
        this.mongo = mongo;
        this.agreements = agreements;
        this.links = links;
        this.payloads = payloads;
        this.summaries = summaries;
        this.agreementsUrl = settings.agreementsService();
        this.actionsUrl = settings.actionsService();
        this.notifyUrl = settings.notifyService();
    }

    @GetMapping("/api/agreements/{agreementId}/calendar.ics")
    @Operation(summary = "The agreement's dates as iCalendar: its expiry, its renewal notice deadline, its delegation visits, and its action "
            + "items' due dates and milestones")
    ResponseEntity<String> calendar(@PathVariable String agreementId,
                                    @RequestParam(required = false) String lang, Locale requestLocale) throws IOException {
        String language = Languages.requested(lang, requestLocale);
        AgreementReplica agreement = agreement(agreementId);
        Calendar calendar = new Calendar()
                .add(new ProdId("-//Entente//notify-service//" + language.toUpperCase(Locale.ROOT)))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN);
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
        StringWriter out = new StringWriter();
        new CalendarOutputter(false).output(calendar, out);
        return ResponseEntity.ok().contentType(CALENDAR).body(out.toString());
    }

    @GetMapping("/api/agreements/{agreementId}/feed.atom")
    @Operation(summary = "The agreement's timeline as an Atom feed, newest first")
    ResponseEntity<String> atom(@PathVariable String agreementId,
                                @RequestParam(defaultValue = "50") int limit,
                                @RequestParam(required = false) String lang, Locale requestLocale) throws FeedException {
        if (limit < 1 || limit > 200) {
            throw ProblemException.badRequest("limit", "must be between 1 and 200");
        }
        String language = Languages.requested(lang, requestLocale);
        AgreementReplica agreement = agreement(agreementId);
        List<TimelineEntry> entries = mongo.find(Query.query(where("agreementId").is(agreementId))
                .with(Sort.by(Sort.Direction.DESC, "occurredAt", "_id")).limit(limit), TimelineEntry.class,
                TimelineEntry.COLLECTION);
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setUri("urn:entente:agreement:" + agreementId);
        feed.setTitle(agreement.code() + " — " + agreement.title(language));
        feed.setLink(notifyUrl + "/api/agreements/" + agreementId + "/feed.atom");
        feed.setLanguage(language);
        SyndPersonImpl author = new SyndPersonImpl();
        author.setName("Entente");
        feed.setAuthors(List.of(author));
        feed.setPublishedDate(Date.from(entries.isEmpty() ? agreement.updatedAt() : entries.get(0).occurredAt()));
        feed.setEntries(entries.stream().map(entry -> entry(entry, language)).toList());
        return ResponseEntity.ok().contentType(ATOM).body(new SyndFeedOutput().outputString(feed));
    }

    private SyndEntry entry(TimelineEntry timelineEntry, String language) {
        SyndEntry entry = new SyndEntryImpl();
        String summary = summaries.summary(timelineEntry, language);
        entry.setUri("urn:entente:event:" + URLEncoder.encode(timelineEntry.id(), StandardCharsets.UTF_8));
        entry.setTitle(summary);
        entry.setLink(links.link(timelineEntry));
        entry.setUpdatedDate(Date.from(timelineEntry.occurredAt()));
        entry.setPublishedDate(Date.from(timelineEntry.occurredAt()));
        SyndContentImpl content = new SyndContentImpl();
        content.setType("text/plain");
        content.setValue(summary + " (" + timelineEntry.type() + ")");
        entry.setDescription(content);
        return entry;
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

    private AgreementReplica agreement(String agreementId) {
        return agreements.findVisible(agreementId, Caller.current())
                .orElseThrow(() -> ProblemException.notFound("agreement", agreementId));
    }

}
