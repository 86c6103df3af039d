package org.entente.notify.feed;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.entente.notify.agreement.AgreementReplica;
import org.entente.notify.agreement.AgreementReplicas;
import org.entente.notify.timeline.TimelineEntry;
import org.entente.notify.timeline.TimelineLinks;
import org.entente.notify.timeline.TimelineSummaries;
import org.entente.platform.security.Caller;
import org.entente.platform.web.ProblemException;
import org.springframework.beans.factory.annotation.Value;
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
 * An agreement to subscribe to from a calendar app (its expiry date and its delegation
 * visits) or a feed reader (its timeline). UIDs and entry ids derive from what they are
 * about, so an app updates the event it has rather than adding another.
 */
@RestController
@Tag(name = "Feeds")
class FeedController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final List<String> VISIT_TYPES = List.of("entente.delegation.scheduled.v1",
            "entente.delegation.updated.v1", "entente.delegation.status-changed.v1");

    private final MongoTemplate mongo;
    private final AgreementReplicas agreements;
    private final TimelineLinks links;
    private final String agreementsUrl;
    private final String actionsUrl;
    private final String notifyUrl;

    FeedController(MongoTemplate mongo, AgreementReplicas agreements, TimelineLinks links,
                   @Value("${entente.links.agreements-service}") String agreementsUrl,
                   @Value("${entente.links.actions-service}") String actionsUrl,
                   @Value("${entente.links.notify-service}") String notifyUrl) {
        this.mongo = mongo;
        this.agreements = agreements;
        this.links = links;
        this.agreementsUrl = agreementsUrl;
        this.actionsUrl = actionsUrl;
        this.notifyUrl = notifyUrl;
    }

    @GetMapping("/api/agreements/{agreementId}/calendar.ics")
    @Operation(summary = "The agreement's dates as iCalendar: its expiry, its delegation visits, and its action "
            + "items' due dates and milestones")
    ResponseEntity<String> calendar(@PathVariable String agreementId,
                                    @RequestParam(required = false) String lang, Locale requestLocale) throws IOException {
        String language = language(lang, requestLocale);
        AgreementReplica agreement = agreement(agreementId);
        boolean fr = "fr".equals(language);
        Calendar calendar = new Calendar()
                .add(new ProdId("-//Entente//notify-service//" + language.toUpperCase(Locale.ROOT)))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN);
        if (agreement.expiresOn() != null) {
            VEvent expiry = allDay(agreement.expiresOn(), agreement.expiresOn(),
                    (fr ? "Fin de l'accord " : "Agreement expires: ") + agreement.code() + " — " + agreement.title(language),
                    "agreement-" + agreementId + "-expiry@entente", agreement.version(), agreement.updatedAt());
            expiry.add(new Url(java.net.URI.create(agreementsUrl + "/api/agreements/" + agreementId)));
            calendar.add(expiry);
        }
        for (Map<String, Object> visit : latestVisits(agreementId)) {
            Map<String, Object> host = map(visit.get("hostOrganization"));
            Map<String, Object> visiting = map(visit.get("visitingOrganization"));
            String status = String.valueOf(visit.containsKey("to") ? visit.get("to") : visit.get("status"));
            LocalDate start = LocalDate.parse(String.valueOf(visit.get("startDate")));
            LocalDate end = visit.get("endDate") == null ? start : LocalDate.parse(String.valueOf(visit.get("endDate")));
            VEvent event = allDay(start, end, (fr ? "Visite : " + visiting.get("name") + " chez " + host.get("name")
                            : "Visit: " + visiting.get("name") + " to " + host.get("name")),
                    "delegation-" + visit.get("delegationId") + "@entente",
                    ((Number) visit.get("version")).longValue(), (Instant) visit.get("_occurredAt"));
            event.add(new Location(visit.get("city") + ", " + visit.get("country")));
            if (visit.get("purpose") != null) {
                event.add(new Description(String.valueOf(visit.get("purpose"))));
            }
            event.add(switch (status) {
                case "CANCELLED" -> ImmutableStatus.VEVENT_CANCELLED;
                case "PLANNED" -> ImmutableStatus.VEVENT_TENTATIVE;
                default -> ImmutableStatus.VEVENT_CONFIRMED;
            });
            event.add(new Url(java.net.URI.create(agreementsUrl + "/api/delegations/" + visit.get("delegationId"))));
            calendar.add(event);
        }
        for (Map<String, Object> action : latestActions(agreementId)) {
            String actionName = TimelineSummaries.actionName(action, language);
            long version = ((Number) action.get("version")).longValue();
            Instant changed = (Instant) action.get("_occurredAt");
            boolean cancelled = "CANCELLED".equals(action.get("status"));
            String link = actionsUrl + "/api/actions/" + action.get("actionId");
            if (action.get("dueDate") != null) {
                LocalDate due = LocalDate.parse(String.valueOf(action.get("dueDate")));
                VEvent event = allDay(due, due, (fr ? "Échéance : " : "Due: ") + actionName,
                        "action-" + action.get("actionId") + "-due@entente", version, changed);
                event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
                event.add(new Url(java.net.URI.create(link)));
                calendar.add(event);
            }
            for (Object item : action.get("milestones") instanceof List<?> list ? list : List.of()) {
                Map<String, Object> milestone = map(item);
                if (milestone.get("dueDate") == null) {
                    continue;
                }
                LocalDate due = LocalDate.parse(String.valueOf(milestone.get("dueDate")));
                VEvent event = allDay(due, due, (fr ? "Jalon : " : "Milestone: ") + milestone.get("title")
                                + " — " + actionName,
                        "action-" + action.get("actionId") + "-milestone-"
                                + java.util.UUID.nameUUIDFromBytes(String.valueOf(milestone.get("title"))
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "@entente",
                        version, changed);
                event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
                event.add(new Url(java.net.URI.create(link)));
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
        String language = language(lang, requestLocale);
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
        String summary = TimelineSummaries.summary(timelineEntry, language);
        entry.setUri("urn:entente:event:" + java.net.URLEncoder.encode(timelineEntry.id(), java.nio.charset.StandardCharsets.UTF_8));
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

    /** Each action item as its latest event tells it (highest version), with when that was. */
    private List<Map<String, Object>> latestActions(String agreementId) {
        Map<Object, Map<String, Object>> latest = new LinkedHashMap<>();
        mongo.find(Query.query(where("agreementId").is(agreementId).and("type").regex("^entente\\.action\\."))
                .with(Sort.by("occurredAt", "_id")), TimelineEntry.class, TimelineEntry.COLLECTION).forEach(entry -> {
                    Map<String, Object> action = new LinkedHashMap<>(map(entry.data().get("action")));
                    action.put("_occurredAt", entry.occurredAt());
                    Map<String, Object> known = latest.get(action.get("actionId"));
                    if (action.get("actionId") != null && (known == null || version(action) >= version(known))) {
                        latest.put(action.get("actionId"), action);
                    }
                });
        return List.copyOf(latest.values());
    }

    /** Each visit as its latest event tells it (highest version), with when that was. */
    private List<Map<String, Object>> latestVisits(String agreementId) {
        Map<Object, Map<String, Object>> latest = new LinkedHashMap<>();
        mongo.find(Query.query(where("agreementId").is(agreementId).and("type").in(VISIT_TYPES))
                .with(Sort.by("occurredAt", "_id")), TimelineEntry.class, TimelineEntry.COLLECTION).forEach(entry -> {
                    Map<String, Object> visit = new LinkedHashMap<>(entry.data());
                    visit.put("_occurredAt", entry.occurredAt());
                    Map<String, Object> known = latest.get(visit.get("delegationId"));
                    if (known == null || version(visit) >= version(known)) {
                        latest.put(visit.get("delegationId"), visit);
                    }
                });
        return latest.values().stream().sorted(Comparator.comparing(visit -> String.valueOf(visit.get("startDate")))).toList();
    }

    private static long version(Map<String, Object> visit) {
        return visit.get("version") instanceof Number number ? number.longValue() : 0;
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

    private static String language(String lang, Locale requestLocale) {
        if (lang != null && !lang.equals("fr") && !lang.equals("en")) {
            throw ProblemException.badRequest("lang", "must be fr or en");
        }
        return lang != null ? lang : TimelineSummaries.language(requestLocale);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
