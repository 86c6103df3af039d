package org.entente.notify.digest;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.entente.notify.delivery.Delivery;
import org.entente.notify.delivery.DeliveryDispatcher;
import org.entente.notify.delivery.DeliveryStatus;
import org.entente.notify.subscription.Channel;
import org.entente.notify.subscription.Rhythm;
import org.entente.notify.subscription.Subscription;
import org.entente.platform.inbound.IdempotentWrites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Gathers what a digest subscriber's e-mail has waiting into one message per period: a day,
 * or a week starting on {@code entente.digest.weekly-day}, due at {@code entente.digest.hour}
 * in the subscriber's time zone.
 *
 * <p>Exactly once per period: the period is recorded first, under a unique id (subscription
 * + period) with the notifications it takes; only the run whose insert succeeds decides what
 * goes in. The digest delivery's id derives from the same key, so finishing a recorded
 * period again (after a crash, on another instance despite ShedLock) adds nothing. A period
 * with nothing waiting is recorded too, so what arrives later waits for the next one rather
 * than going out at once.
 */
@Component
class DigestJob {

    private static final Logger log = LoggerFactory.getLogger(DigestJob.class);
    static final String PERIODS = "digest_periods";
    private static final int MAX_ITEMS = 500;

    /** One digest period of one subscription, and the notifications it took. */
    record DigestPeriod(String id, String subscriptionId, String period, List<String> deliveryIds,
                        List<String> eventIds, Instant recordedAt) {
    }

    private final MongoTemplate mongo;
    private final IdempotentWrites writes;
    private final Clock clock;
    private final int hour;
    private final DayOfWeek weeklyDay;
    private final DeliveryDispatcher dispatcher;

    DigestJob(MongoTemplate mongo, IdempotentWrites writes, Clock clock,
              DigestSettings settings, DeliveryDispatcher dispatcher) {
        this.dispatcher = dispatcher;
        this.mongo = mongo;
        this.writes = writes;
        this.clock = clock;
        this.hour = settings.hour();
        this.weeklyDay = settings.weeklyDay();
    }

    @Scheduled(cron = "${entente.digest.cron:0 */10 * * * *}")
    @SchedulerLock(name = "digests", lockAtMostFor = "PT9M")
    void scheduled() {
        int sent = run(clock.instant());
        if (sent > 0) {
            log.info("Digests: {} prepared", sent);
        }
    }

    /** Prepares every digest due at this instant; returns how many this run prepared. */
    int run(Instant now) {
        Query digestSubscribers = Query.query(where("active").is(true)
                .and("rhythm").in(Rhythm.DAILY_DIGEST, Rhythm.WEEKLY_DIGEST));
        int prepared = 0;
        try (Stream<Subscription> subscriptions = mongo.stream(digestSubscribers, Subscription.class, Subscription.COLLECTION)) {
            for (Subscription subscription : (Iterable<Subscription>) subscriptions::iterator) {
                if (digest(subscription, now)) {
                    prepared++;
                }
            }
        }
        return prepared;
    }

    private boolean digest(Subscription subscription, Instant now) {
        Optional<String> period = period(subscription, now);
        if (period.isEmpty()) {
            return false;
        }
        String id = subscription.id() + "|" + period.get();
        DigestPeriod recorded = mongo.findById(id, DigestPeriod.class, PERIODS);
        boolean ours = false;
        if (recorded == null) {
            List<Delivery> waiting = mongo.find(Query.query(where("subscriptionId").is(subscription.id())
                            .and("status").is(DeliveryStatus.AWAITING_DIGEST))
                    .with(Sort.by("occurredAt", "_id")).limit(MAX_ITEMS), Delivery.class, Delivery.COLLECTION);
            DigestPeriod candidate = new DigestPeriod(id, subscription.id(), period.get(),
                    waiting.stream().map(Delivery::id).toList(),
                    waiting.stream().map(delivery -> delivery.eventIds().get(0)).toList(), now);
            ours = writes.insertOnce(candidate, PERIODS);
            recorded = ours ? candidate : mongo.findById(id, DigestPeriod.class, PERIODS);
        }
        if (recorded == null || recorded.eventIds().isEmpty()) {
            return false;
        }
        Instant at = clock.instant();
        boolean created = writes.insertOnce(new Delivery(Delivery.digestId(subscription.id(), period.get()),
                Delivery.Kind.DIGEST, recorded.eventIds(), null, null, now, subscription.id(),
                subscription.subscriber().id(), Channel.EMAIL, DeliveryStatus.PENDING, 0, null, at, null, null, null,
                period.get(), at, at), Delivery.COLLECTION);
        mongo.updateMulti(Query.query(where("_id").in(recorded.deliveryIds()).and("status").is(DeliveryStatus.AWAITING_DIGEST)),
                new Update().set("status", DeliveryStatus.IN_DIGEST).set("updatedAt", at), Delivery.COLLECTION);
        if (created) {
            dispatcher.nudge();
        }
        return ours && created;
    }

    /**
     * The latest period due at this instant in the subscriber's time zone ("daily-2025-11-14",
     * "weekly-2025-11-10"), or none if it fell due before the subscription existed.
     */
    Optional<String> period(Subscription subscription, Instant now) {
        ZoneId zone = ZoneId.of(subscription.subscriber().timeZone());
        ZonedDateTime local = now.atZone(zone);
        LocalDate day = local.toLocalDate();
        if (local.toLocalTime().isBefore(LocalTime.of(hour, 0))) {
            day = day.minusDays(1);
        }
        boolean weekly = subscription.rhythm() == Rhythm.WEEKLY_DIGEST;
        if (weekly) {
            day = day.with(TemporalAdjusters.previousOrSame(weeklyDay));
        }
        Instant due = day.atTime(hour, 0).atZone(zone).toInstant();
        if (due.isBefore(subscription.createdAt())) {
            return Optional.empty();
        }
        return Optional.of((weekly ? "weekly-" : "daily-") + day);
    }
}
