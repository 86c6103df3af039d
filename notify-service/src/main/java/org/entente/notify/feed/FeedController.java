package org.entente.notify.feed;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.entente.notify.timeline.LinkSettings;
import org.entente.notify.timeline.TimelineEntry;
import org.entente.notify.timeline.TimelineLinks;
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
import net.fortuna.ical4j.model.Calendar;

/**
 * An agreement to subscribe to from a calendar app (its dates, see AgreementCalendar) or a feed
 * reader (its timeline). Entry ids derive from what they are about, so an app updates the entry
 * it has rather than adding another.
 */
@RestController
@Tag(name = "Feeds")
class FeedController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final MongoTemplate mongo;
    private final AgreementReplicas agreements;
    private final AgreementCalendar calendars;
    private final TimelineLinks links;
    private final TimelineSummaries summaries;
    private final String notifyUrl;

    FeedController(MongoTemplate mongo, AgreementReplicas agreements, AgreementCalendar calendars, TimelineLinks links,
                   TimelineSummaries summaries, LinkSettings settings) {
        this.mongo = mongo;
        this.agreements = agreements;
        this.calendars = calendars;
        this.links = links;
        this.summaries = summaries;
        this.notifyUrl = settings.notifyService();
    }

    @GetMapping("/api/agreements/{agreementId}/calendar.ics")
    @Operation(summary = "The agreement's dates as iCalendar: its expiry, its renewal notice deadline, its delegation visits, and its action "
            + "items' due dates and milestones")
    ResponseEntity<String> calendar(@PathVariable String agreementId,
                                    @RequestParam(required = false) String lang, Locale requestLocale) throws IOException {
        String language = Languages.requested(lang, requestLocale);
        Calendar calendar = calendars.empty(language);
        calendars.addDates(calendar, agreement(agreementId), language);
        return AgreementCalendar.response(calendar);
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

    private AgreementReplica agreement(String agreementId) {
        return agreements.findVisible(agreementId, Caller.current())
                .orElseThrow(() -> ProblemException.notFound("agreement", agreementId));
    }

}
