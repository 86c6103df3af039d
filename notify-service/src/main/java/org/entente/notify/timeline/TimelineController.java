package org.entente.notify.timeline;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.entente.platform.web.ProblemException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Timelines")
class TimelineController {

    static final int MAX_LIMIT = 200;

    /** One entry as a reader sees it. */
    record EntryView(String id, String type, Instant occurredAt, String summary, String source, String link) {
    }

    /** A page of a timeline; {@code next} is the cursor of the following page, or null at the end. */
    record TimelinePage(String agreementId, List<EntryView> entries, String next) {
    }

    private final MongoTemplate mongo;
    private final String agreementsUrl;

    TimelineController(MongoTemplate mongo, @Value("${entente.links.agreements-service}") String agreementsUrl) {
        this.mongo = mongo;
        this.agreementsUrl = agreementsUrl;
    }

    @GetMapping("/api/agreements/{agreementId}/timeline")
    @Operation(summary = "Everything that happened to an agreement, in the order it happened")
    TimelinePage timeline(@PathVariable String agreementId,
                          @RequestParam(required = false) String after,
                          @RequestParam(defaultValue = "50") int limit,
                          @RequestParam(required = false) String lang,
                          Locale requestLocale) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "Invalid request",
                    "limit: must be between 1 and " + MAX_LIMIT);
        }
        Criteria criteria = where("agreementId").is(agreementId);
        if (after != null) {
            TimelineCursor cursor = TimelineCursor.decode(after);
            criteria = criteria.orOperator(
                    where("occurredAt").gt(cursor.occurredAt()),
                    where("occurredAt").is(cursor.occurredAt()).and("_id").gt(cursor.id()));
        }
        Query query = Query.query(criteria)
                .with(Sort.by("occurredAt", "_id"))
                .limit(limit + 1); // one more tells whether a next page exists
        List<TimelineEntry> found = mongo.find(query, TimelineEntry.class, TimelineEntry.COLLECTION);
        List<TimelineEntry> page = found.subList(0, Math.min(limit, found.size()));
        Locale locale = lang != null ? Locale.forLanguageTag(lang) : requestLocale;
        String next = found.size() > limit
                ? new TimelineCursor(page.get(page.size() - 1).occurredAt(), page.get(page.size() - 1).id()).encode()
                : null;
        return new TimelinePage(agreementId, page.stream().map(entry -> new EntryView(entry.id(), entry.type(),
                entry.occurredAt(), TimelineSummaries.summary(entry, locale), entry.source(),
                agreementsUrl + "/api/agreements/" + entry.agreementId())).toList(), next);
    }
}
