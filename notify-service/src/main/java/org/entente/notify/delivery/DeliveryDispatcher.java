package org.entente.notify.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.entente.platform.GuardIndex;
import org.entente.platform.replica.AgreementReplicas;
import org.entente.notify.subscription.Channel;
import org.entente.notify.subscription.Subscription;
import org.entente.notify.subscription.Subscriptions;
import org.entente.notify.timeline.TimelineEntry;
import org.entente.platform.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Sends what is due. Deliveries live in MongoDB, so retries survive a restart: every poll
 * claims due ones with an atomic findAndModify that pushes their due time a lease ahead,
 * so two instances never take the same one. A process that dies mid-send leaves it to be
 * claimed again when the lease runs out (the receiver sees the same webhook-id).
 */
@Component
public class DeliveryDispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);
    private static final List<DeliveryStatus> DUE = List.of(DeliveryStatus.PENDING, DeliveryStatus.RETRYING);

    private final MongoTemplate mongo;
    private final Subscriptions subscriptions;
    private final AgreementReplicas agreements;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final Clock clock;
    private final Backoff backoff;
    private final int maxAttempts;
    private final Duration lease;
    private final int batchSize;
    private final ExecutorService workers;
    private final MeterRegistry meters;
    private final PollSchedule schedule;

    DeliveryDispatcher(MongoTemplate mongo, Subscriptions subscriptions, AgreementReplicas agreements,
                       List<ChannelSender> senders, Clock clock, MeterRegistry meters, DeliverySettings settings) {
        this.mongo = mongo;
        this.subscriptions = subscriptions;
        this.agreements = agreements;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.clock = clock;
        this.meters = meters;
        this.backoff = new Backoff(settings.backoff().initial(), settings.backoff().max());
        this.maxAttempts = settings.maxAttempts();
        this.lease = settings.lease();
        this.batchSize = settings.batchSize();
        this.schedule = new PollSchedule(settings.idlePollInterval());
        this.workers = Executors.newFixedThreadPool(settings.concurrency(), task -> {
            Thread thread = new Thread(task, "delivery-worker");
            thread.setDaemon(true);
            return thread;
        });
        // With _id last, each due status's deliveries come in the claim's order (a merge, no sort in memory).
        mongo.indexOps(Delivery.COLLECTION).createIndex(new Index()
                .on("status", Sort.Direction.ASC).on("nextAttemptAt", Sort.Direction.ASC).on("_id", Sort.Direction.ASC));
        mongo.indexOps(Delivery.COLLECTION).createIndex(new Index()
                .on("subscriptionId", Sort.Direction.ASC).on("status", Sort.Direction.ASC));
        GuardIndex.create(mongo, Delivery.COLLECTION, "claim");
    }

    @Scheduled(fixedDelayString = "${entente.delivery.poll-interval:PT1S}")
    void poll() {
        Instant now = clock.instant();
        if (!schedule.shouldLook(now)) {
            return;
        }
        try {
            schedule.looked(now, dispatchDue());
        } catch (RuntimeException e) {
            schedule.nudge(); // look again at the next poll
            log.warn("Delivery poll failed; next one soon: {}", e.getMessage());
        }
    }

    /** Deliveries were just made due here (created, revived): the next poll looks for them. */
    public void nudge() {
        schedule.nudge();
    }

    /** Claims and sends up to a batch of due deliveries; returns how many it claimed. */
    int dispatchDue() {
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < batchSize; i++) {
            Optional<Delivery> claimed = claim();
            if (claimed.isEmpty()) {
                break;
            }
            running.add(workers.submit(() -> attempt(claimed.get())));
        }
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (java.util.concurrent.ExecutionException e) {
                log.warn("Delivery attempt crashed: {}", e.getCause().toString());
            }
        }
        return running.size();
    }

    /** The deliveries due now, the longest waiting first: what a worker claims from. */
    public static Query due(Instant now) {
        return Query.query(where("status").in(DUE).and("nextAttemptAt").lte(now)).with(Sort.by("nextAttemptAt", "_id"));
    }

    Optional<Delivery> claim() {
        Instant now = clock.instant();
        Query due = due(now);
        Update claim = new Update()
                .set("nextAttemptAt", now.plus(lease))
                .set("claim", UUID.randomUUID().toString())
                .inc("attempts", 1)
                .set("updatedAt", now);
        return Optional.ofNullable(mongo.findAndModify(due, claim, FindAndModifyOptions.options().returnNew(true),
                Delivery.class, Delivery.COLLECTION));
    }

    private void attempt(Delivery delivery) {
        Optional<Subscription> subscription = subscriptions.find(delivery.subscriptionId());
        if (subscription.isEmpty() || !subscription.get().active()) {
            finish(delivery, new Update().set("status", DeliveryStatus.CANCELLED)
                    .set("lastError", subscription.isEmpty() ? "subscription deleted" : "unsubscribed"));
            return;
        }
        // Checked now, not when the event came: someone taken off a restricted agreement's list hears no more of it.
        Caller recipient = subscription.get().recipient();
        List<TimelineEntry> entries = mongo.find(Query.query(where("_id").in(delivery.eventIds()))
                        .with(Sort.by("occurredAt", "_id")), TimelineEntry.class, TimelineEntry.COLLECTION).stream()
                .filter(entry -> !agreements.isHidden(entry.agreementId(), recipient)).toList();
        if (entries.isEmpty()) {
            finish(delivery, new Update().set("status", DeliveryStatus.CANCELLED)
                    .set("lastError", "withheld: the subscriber is not on the restricted agreement's access list"));
            return;
        }
        ChannelSender sender = senders.get(delivery.channel());
        try {
            if (sender == null) {
                throw new IllegalStateException("no sender for " + delivery.channel());
            }
            sender.send(new Outgoing(delivery, subscription.get(), entries));
            finish(delivery, new Update().set("status", DeliveryStatus.SENT).set("sentAt", clock.instant())
                    .unset("nextAttemptAt"));
            meters.counter("entente.deliveries.sent", "channel", delivery.channel().name()).increment();
        } catch (RuntimeException e) {
            failed(delivery, e);
        }
    }

    private void failed(Delivery delivery, RuntimeException e) {
        String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        meters.counter("entente.deliveries.failed", "channel", delivery.channel().name()).increment();
        if (e instanceof PermanentFailure) {
            log.warn("Delivery {} is dead, refused: {}", delivery.id(), error);
            finish(delivery, new Update().set("status", DeliveryStatus.DEAD).set("lastError", error).unset("nextAttemptAt"));
        } else if (delivery.attempts() >= maxAttempts) {
            log.warn("Delivery {} is dead after {} attempts: {}", delivery.id(), delivery.attempts(), error);
            finish(delivery, new Update().set("status", DeliveryStatus.DEAD).set("lastError", error).unset("nextAttemptAt"));
        } else {
            Instant retryAt = clock.instant().plus(backoff.after(delivery.attempts()));
            finish(delivery, new Update().set("status", DeliveryStatus.RETRYING).set("lastError", error)
                    .set("nextAttemptAt", retryAt));
            schedule.retryAt(retryAt);
        }
    }

    /** Records the outcome only if this run still holds the claim (its lease may have run out). */
    private void finish(Delivery delivery, Update outcome) {
        mongo.updateFirst(Query.query(where("_id").is(delivery.id()).and("claim").is(delivery.claim())),
                outcome.unset("claim").set("updatedAt", clock.instant()), Delivery.COLLECTION);
    }

    @Override
    public void destroy() throws InterruptedException {
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }
}
