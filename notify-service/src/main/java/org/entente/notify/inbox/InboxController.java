package org.entente.notify.inbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.entente.notify.delivery.Delivery;
import org.entente.notify.subscription.Channel;
import org.entente.notify.subscription.Subscription;
import org.entente.notify.timeline.TimelineEntry;
import org.entente.notify.timeline.TimelineLinks;
import org.entente.notify.timeline.TimelineSummaries;
import org.entente.platform.replica.AgreementReplicas;
import org.entente.platform.security.Caller;
import org.entente.platform.web.Languages;
import org.entente.platform.web.Paging;
import org.entente.platform.web.ProblemException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The in-app channel: a subscriber's notifications, newest first, with what is still unread. */
@RestController
@RequestMapping("/api/subscribers/{subscriberId}/inbox")
@Tag(name = "Inbox")
class InboxController {

    record InboxItem(String id, String eventId, String type, String agreementId, Instant occurredAt, String summary,
                     String link, Instant readAt) {
    }

    record Inbox(String subscriberId, long unreadCount, List<InboxItem> items, int page, int size, long totalItems) {
    }

    record UnreadCount(String subscriberId, long unreadCount) {
    }

    record MarkedRead(String subscriberId, long marked) {
    }

    private final MongoTemplate mongo;
    private final AgreementReplicas agreements;
    private final TimelineLinks links;
    private final Clock clock;
    private final TimelineSummaries summaries;

    InboxController(MongoTemplate mongo, AgreementReplicas agreements, TimelineLinks links, Clock clock,
                    TimelineSummaries summaries) {
        this.mongo = mongo;
        this.agreements = agreements;
        this.links = links;
        this.clock = clock;
        this.summaries = summaries;
        mongo.indexOps(Delivery.COLLECTION).createIndex(new Index().on("subscriberId", Sort.Direction.ASC)
                .on("channel", Sort.Direction.ASC).on("readAt", Sort.Direction.ASC).on("occurredAt", Sort.Direction.DESC));
    }

    @GetMapping
    @Operation(summary = "A subscriber's in-app notifications and unread count")
    Inbox inbox(@PathVariable String subscriberId,
                @RequestParam(defaultValue = "false") boolean unread,
                @RequestParam(defaultValue = "0") int page,
                @RequestParam(defaultValue = "20") int size,
                @RequestParam(required = false) String lang,
                Locale requestLocale) {
        String language = Languages.requested(lang, requestLocale);
        PageRequest pageable = Paging.of(page, size, null, Set.of(), Sort.by(Sort.Direction.DESC, "occurredAt", "_id"));
        Subscription.requireSelfOrAdmin(subscriberId);
        // Checked when read: someone taken off a restricted agreement's list no longer sees its notifications.
        List<String> hidden = agreements.hiddenIds(Caller.current());
        Criteria unreadOnes = unreadOf(subscriberId, hidden);
        long unreadCount = mongo.count(Query.query(unreadOnes), Delivery.COLLECTION);
        Query query = Query.query(unread ? unreadOnes : inboxOf(subscriberId, hidden));
        long total = unread ? unreadCount : mongo.count(query, Delivery.COLLECTION);
        List<Delivery> notifications = mongo.find(query.with(pageable), Delivery.class, Delivery.COLLECTION);
        Map<String, TimelineEntry> entries = mongo.find(Query.query(where("_id").in(notifications.stream()
                        .map(notification -> notification.eventIds().get(0)).toList())), TimelineEntry.class,
                TimelineEntry.COLLECTION).stream().collect(Collectors.toMap(TimelineEntry::id, Function.identity()));
        List<InboxItem> items = notifications.stream().map(notification -> {
            TimelineEntry entry = entries.get(notification.eventIds().get(0));
            return new InboxItem(notification.id(), notification.eventIds().get(0), notification.eventType(),
                    notification.agreementId(), notification.occurredAt(),
                    entry == null ? notification.eventType() : summaries.summary(entry, language),
                    entry == null ? null : links.link(entry), notification.readAt());
        }).toList();
        return new Inbox(subscriberId, unreadCount, items, page, size, total);
    }

    @PostMapping("/{notificationId}/read")
    @Operation(summary = "Mark a notification read", description = "Reading it again changes nothing.")
    InboxItem markRead(@PathVariable String subscriberId, @PathVariable String notificationId) {
        Subscription.requireSelfOrAdmin(subscriberId);
        Criteria mine = where("_id").is(notificationId).and("subscriberId").is(subscriberId).and("channel").is(Channel.IN_APP);
        Instant now = clock.instant();
        mongo.updateFirst(Query.query(new Criteria().andOperator(mine, where("readAt").is(null))),
                new Update().set("readAt", now).set("updatedAt", now), Delivery.COLLECTION);
        Delivery read = mongo.findOne(Query.query(mine), Delivery.class, Delivery.COLLECTION);
        if (read == null) {
            throw ProblemException.notFound("notification", notificationId);
        }
        return new InboxItem(read.id(), read.eventIds().get(0), read.eventType(), read.agreementId(), read.occurredAt(),
                null, null, read.readAt());
    }

    @GetMapping("/unread-count")
    @Operation(summary = "How many of a subscriber's in-app notifications are unread",
            description = "One indexed count, cheap enough to poll.")
    UnreadCount unreadCount(@PathVariable String subscriberId) {
        Subscription.requireSelfOrAdmin(subscriberId);
        return new UnreadCount(subscriberId, mongo.count(Query.query(unreadOf(subscriberId, agreements.hiddenIds(Caller.current()))),
                Delivery.COLLECTION));
    }

    @PostMapping("/read")
    @Operation(summary = "Mark all of a subscriber's notifications read",
            description = "Only those the caller may see; doing it again marks nothing more.")
    MarkedRead markAllRead(@PathVariable String subscriberId) {
        Subscription.requireSelfOrAdmin(subscriberId);
        Instant now = clock.instant();
        long marked = mongo.updateMulti(Query.query(unreadOf(subscriberId, agreements.hiddenIds(Caller.current()))),
                new Update().set("readAt", now).set("updatedAt", now), Delivery.COLLECTION).getModifiedCount();
        return new MarkedRead(subscriberId, marked);
    }

    private static Criteria unreadOf(String subscriberId, List<String> hiddenAgreements) {
        return inboxOf(subscriberId, hiddenAgreements).and("readAt").is(null);
    }

    private static Criteria inboxOf(String subscriberId, List<String> hiddenAgreements) {
        Criteria mine = where("subscriberId").is(subscriberId).and("channel").is(Channel.IN_APP);
        return hiddenAgreements.isEmpty() ? mine : mine.and("agreementId").nin(hiddenAgreements);
    }
}
