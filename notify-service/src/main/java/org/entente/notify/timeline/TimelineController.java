package org.entente.notify.timeline;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Size;

import org.entente.platform.replica.AgreementReplicas;
import org.entente.platform.security.Caller;
import org.entente.platform.web.Languages;
import org.entente.platform.web.ProblemException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Timelines")
class TimelineController {

    static final int MAX_LIMIT = 200;

    /** One entry as a reader sees it; {@code actor} is null until events say who acted. */
    record EntryView(String id, String agreementId, String type, Instant occurredAt, String summary, String actor,
                     String source, String link) {
    }

    /** A page of a timeline; {@code next} is the cursor of the following page, or null at the end. */
    record TimelinePage(String agreementId, List<EntryView> entries, String next) {
    }

    private final MongoTemplate mongo;
    private final AgreementReplicas agreements;
    private final TimelineLinks links;
    private final TimelineSummaries summaries;

    TimelineController(MongoTemplate mongo, AgreementReplicas agreements, TimelineLinks links,
                       TimelineSummaries summaries) {
        this.mongo = mongo;
        this.agreements = agreements;
        this.links = links;
        this.summaries = summaries;
    }

    @GetMapping("/api/agreements/{agreementId}/timeline")
    @Operation(summary = "Everything that happened to an agreement, in the order it happened")
    TimelinePage timeline(@PathVariable String agreementId,
                          @Parameter(description = "the 'next' cursor of the previous page") @RequestParam(required = false) String after,
                          @RequestParam(defaultValue = "50") int limit,
                          @Parameter(description = "event types, comma-separated") @RequestParam(required = false) @Size(max = 50) List<String> types,
                          @Parameter(description = "from this instant or date (inclusive)") @RequestParam(required = false) String from,
                          @Parameter(description = "up to this instant or date (exclusive)") @RequestParam(required = false) String to,
                          @Parameter(description = "fr or en; else Accept-Language") @RequestParam(required = false) String lang,
                          @Parameter(description = "oldest (the default) or newest first") @RequestParam(defaultValue = "oldest") String order,
                          Locale requestLocale) {
        return page(agreementId, after, limit, types, from, to, lang, order, requestLocale);
    }

    @GetMapping("/api/timeline")
    @Operation(summary = "Everything that happened, across agreements, in the order it happened")
    TimelinePage global(@Parameter(description = "the 'next' cursor of the previous page") @RequestParam(required = false) String after,
                        @RequestParam(defaultValue = "50") int limit,
                        @Parameter(description = "event types, comma-separated") @RequestParam(required = false) @Size(max = 50) List<String> types,
                        @Parameter(description = "from this instant or date (inclusive)") @RequestParam(required = false) String from,
                        @Parameter(description = "up to this instant or date (exclusive)") @RequestParam(required = false) String to,
                        @Parameter(description = "fr or en; else Accept-Language") @RequestParam(required = false) String lang,
                        @Parameter(description = "oldest (the default) or newest first") @RequestParam(defaultValue = "oldest") String order,
                        Locale requestLocale) {
        return page(null, after, limit, types, from, to, lang, order, requestLocale);
    }

    private TimelinePage page(String agreementId, String after, int limit, List<String> types, String from, String to,
                              String lang, String order, Locale requestLocale) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.badRequest("limit", "must be between 1 and " + MAX_LIMIT);
        }
        boolean newestFirst = switch (order) {
            case "oldest" -> false;
            case "newest" -> true;
            default -> throw ProblemException.badRequest("order", "must be oldest or newest");
        };
        String language = Languages.requested(lang, requestLocale);
        List<Criteria> all = new ArrayList<>();
        Caller caller = Caller.current();
        if (agreementId != null) {
            if (agreements.isHidden(agreementId, caller)) {
                throw ProblemException.notFound("agreement", agreementId);
            }
            all.add(where("agreementId").is(agreementId));
        } else {
            List<String> hidden = agreements.hiddenIds(caller);
            if (!hidden.isEmpty()) {
                all.add(where("agreementId").nin(hidden));
            }
        }
        if (types != null && !types.isEmpty()) {
            all.add(where("type").in(types.stream().map(String::trim).filter(type -> !type.isEmpty()).toList()));
        }
        Instant fromInstant = from == null ? null : instant("from", from);
        Instant toInstant = to == null ? null : instant("to", to);
        if (fromInstant != null && toInstant != null && !fromInstant.isBefore(toInstant)) {
            throw ProblemException.badRequest("to", "must be after from");
        }
        if (fromInstant != null) {
            all.add(where("occurredAt").gte(fromInstant));
        }
        if (toInstant != null) {
            all.add(where("occurredAt").lt(toInstant));
        }
        if (after != null) {
            TimelineCursor cursor = TimelineCursor.decode(after);
            // The entries past the cursor, in the order read: later ones oldest first, earlier ones newest first.
            all.add(newestFirst
                    ? new Criteria().orOperator(
                            where("occurredAt").lt(cursor.occurredAt()),
                            where("occurredAt").is(cursor.occurredAt()).and("_id").lt(cursor.id()))
                    : new Criteria().orOperator(
                            where("occurredAt").gt(cursor.occurredAt()),
                            where("occurredAt").is(cursor.occurredAt()).and("_id").gt(cursor.id())));
        }
        Criteria criteria = all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
        // Either way the same index serves it (agreementId, occurredAt, _id), read forwards or backwards.
        Query query = Query.query(criteria)
                .with(Sort.by(newestFirst ? Sort.Direction.DESC : Sort.Direction.ASC, "occurredAt", "_id"))
                .limit(limit + 1); // one more tells whether a next page exists
        List<TimelineEntry> found = mongo.find(query, TimelineEntry.class, TimelineEntry.COLLECTION);
        List<TimelineEntry> page = found.subList(0, Math.min(limit, found.size()));
        String next = found.size() > limit
                ? new TimelineCursor(page.get(page.size() - 1).occurredAt(), page.get(page.size() - 1).id()).encode()
                : null;
        return new TimelinePage(agreementId, page.stream().map(entry -> new EntryView(entry.id(), entry.agreementId(),
                entry.type(), entry.occurredAt(), summaries.summary(entry, language), entry.actor(),
                entry.source(), links.link(entry))).toList(), next);
    }

    /** An instant ({@code 2025-11-14T10:00:00Z}) or a date, meaning its start in UTC. */
    private static Instant instant(String field, String value) {
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(field, "must be a date (2025-11-14) or a UTC instant (2025-11-14T10:00:00Z)");
        }
    }
}
