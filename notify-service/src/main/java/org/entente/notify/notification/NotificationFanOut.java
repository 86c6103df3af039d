package org.entente.notify.notification;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.entente.events.agreement.AgreementEvent;
import org.entente.events.agreement.ReviewEvent;
import org.entente.events.agreement.ReviewSnapshot;
import org.entente.notify.approval.ApprovalSubscriptions;
import org.entente.platform.replica.AgreementReplica;
import org.entente.platform.replica.AgreementReplicas;
import org.entente.notify.delivery.Delivery;
import org.entente.notify.delivery.DeliveryDispatcher;
import org.entente.notify.delivery.DeliveryStatus;
import org.entente.notify.subscription.Channel;
import org.entente.notify.subscription.Subscription;
import org.entente.platform.inbound.IdempotentWrites;
import org.entente.platform.inbound.InboundEvent;
import org.entente.platform.security.RestrictedAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Turns an event into its notifications: finds the subscriptions it concerns with one query
 * on the indexed match keys, and writes one delivery per recipient in unordered bulk inserts:
 * one inbox entry per (event, subscriber), one e-mail per (event, subscriber, address), one
 * webhook call per (event, subscriber, URL), however many of the subscriber's subscriptions
 * matched. Ids are deterministic ({@link Delivery#eventDeliveryId}), so a second matching
 * subscription, or a replayed event, collides with what is there and is ignored: no duplicate
 * notification.
 *
 * <p>An action event is matched through its agreement as the replica knows it. Coming on
 * another topic, it may overtake its agreement's events (say both topics' partitions were
 * unassigned during a rebalance, and the actions consumer clears its backlog first); it then
 * waits, stored, and is fanned out right after its agreement's next event reaches the replica.
 * Either side may do it, or both: the deterministic ids keep it to one notification each.
 */
@Component
public class NotificationFanOut {

    private static final Logger log = LoggerFactory.getLogger(NotificationFanOut.class);
    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;
    private final IdempotentWrites writes;
    private final AgreementReplicas replicas;
    private final Clock clock;
    private final ApprovalSubscriptions approvals;
    private final int batchSize;
    private final Counter created;
    private final DeliveryDispatcher dispatcher;

    NotificationFanOut(MongoTemplate mongo, IdempotentWrites writes, AgreementReplicas replicas,
                       ApprovalSubscriptions approvals, Clock clock, MeterRegistry meters, FanOutSettings settings,
                       DeliveryDispatcher dispatcher) {
        this.dispatcher = dispatcher;
        this.approvals = approvals;
        this.mongo = mongo;
        this.writes = writes;
        this.replicas = replicas;
        this.clock = clock;
        this.batchSize = settings.batchSize();
        this.created = meters.counter("entente.notifications.created");
        mongo.indexOps(WaitingEvent.COLLECTION).createIndex(new Index().on("agreementId", Sort.Direction.ASC));
    }

    /**
     * Writes the event's notifications, or keeps it waiting for its agreement; an agreement
     * event also releases what waited for it. Returns how many notifications this call wrote
     * (0 for a replay).
     */
    public int fanOut(InboundEvent event) {
        int written = EventScope.of(event, replicas)
                .map(scope -> fanOut(event.id(), event.type().name(), event.time(), scope))
                .orElseGet(() -> waitForAgreement(event));
        if (event.data() instanceof AgreementEvent agreementEvent) {
            written += release(agreementEvent.agreement().agreementId());
        }
        if (event.data() instanceof ReviewEvent review) {
            written += toApprover(event, review);
        }
        return written;
    }

    /**
     * {@link #fanOut} for a batch, with one subscriptions query for all of its events: what any
     * of them could match is streamed once and matched against each in memory, by the same
     * rule as {@link #matching}. Then what waited for the batch's agreements, in one query.
     */
    public int fanOutAll(List<InboundEvent> events) {
        if (events.size() == 1) {
            return fanOut(events.get(0));
        }
        int written = 0;
        List<Matched> matched = new ArrayList<>();
        for (InboundEvent event : events) {
            Optional<EventScope> scope = EventScope.of(event, replicas);
            if (scope.isPresent()) {
                matched.add(new Matched(event, scope.get(), scope.get().restricted()
                        ? replicas.find(scope.get().agreementId()) : Optional.empty()));
            } else {
                written += waitForAgreement(event);
            }
        }
        written += fanOutTogether(matched);
        Set<String> agreements = new LinkedHashSet<>();
        for (InboundEvent event : events) {
            if (event.data() instanceof AgreementEvent agreementEvent) {
                agreements.add(agreementEvent.agreement().agreementId());
            }
        }
        written += releaseAll(agreements);
        for (InboundEvent event : events) {
            if (event.data() instanceof ReviewEvent review) {
                written += toApprover(event, review);
            }
        }
        return written;
    }

    /** An event with its scope, and the access list it is checked against if its agreement is restricted. */
    private record Matched(InboundEvent event, EventScope scope, Optional<AgreementReplica> restricted) {
    }

    private int fanOutTogether(List<Matched> events) {
        if (events.isEmpty()) {
            return 0;
        }
        Set<String> agreements = new LinkedHashSet<>();
        Set<String> organizations = new LinkedHashSet<>();
        Set<String> countries = new LinkedHashSet<>();
        Set<String> themes = new LinkedHashSet<>();
        Set<String> types = new LinkedHashSet<>();
        for (Matched matched : events) {
            if (matched.scope().agreementId() != null) {
                agreements.add(matched.scope().agreementId());
            }
            organizations.addAll(matched.scope().organizationIds());
            countries.addAll(matched.scope().countries());
            themes.addAll(matched.scope().themes());
            types.add(matched.event().type().name());
        }
        Query anyOfThem = Query.query(new Criteria().andOperator(
                where("active").is(true),
                where("match.agreements").in(withAll(agreements)),
                where("match.organizations").in(withAll(organizations)),
                where("match.countries").in(withAll(countries)),
                where("match.themes").in(withAll(themes)),
                where("match.types").in(withAll(types))));
        anyOfThem.cursorBatchSize(batchSize);
        int written = 0;
        List<Delivery> batch = new ArrayList<>(batchSize);
        Set<String> planned = new HashSet<>();
        try (Stream<Subscription> subscriptions = mongo.stream(anyOfThem, Subscription.class, Subscription.COLLECTION)) {
            for (Subscription subscription : (Iterable<Subscription>) subscriptions::iterator) {
                for (Matched matched : events) {
                    InboundEvent event = matched.event();
                    if (!matches(subscription.match(), matched.scope(), event.type().name())
                            || matched.restricted().isPresent()
                            && !matched.restricted().get().visibleTo(subscription.recipient())) {
                        continue;
                    }
                    for (Channel channel : subscription.channels()) {
                        Delivery notification = notification(event.id(), event.type().name(), event.time(),
                                matched.scope().agreementId(), subscription, channel);
                        if (planned.add(notification.id())) {
                            batch.add(notification);
                        }
                    }
                    if (batch.size() >= batchSize) {
                        written += insert(batch);
                        batch.clear();
                    }
                }
            }
        }
        written += insert(batch);
        created.increment(written);
        return written;
    }

    /** {@link #matching} in memory, for one subscription already known to be active. */
    static boolean matches(Subscription.MatchKeys keys, EventScope scope, String type) {
        boolean agreement = scope.agreementId() == null ? keys.agreements().contains(Subscription.ALL)
                : keys.agreements().contains(scope.agreementId()) || keys.agreements().contains(Subscription.ALL);
        return agreement
                && meets(keys.organizations(), scope.organizationIds())
                && meets(keys.countries(), scope.countries())
                && meets(keys.themes(), scope.themes())
                && (keys.types().contains(type) || keys.types().contains(Subscription.ALL));
    }

    private static boolean meets(List<String> keys, Set<String> values) {
        return keys.contains(Subscription.ALL) || keys.stream().anyMatch(values::contains);
    }

    /** {@link #release} for several agreements: one query for what waited for any of them. */
    private int releaseAll(Collection<String> agreementIds) {
        if (agreementIds.isEmpty()) {
            return 0;
        }
        List<WaitingEvent> waiting = mongo.find(Query.query(where("agreementId").in(agreementIds)), WaitingEvent.class,
                WaitingEvent.COLLECTION);
        return waiting.stream().map(WaitingEvent::agreementId).distinct().mapToInt(this::release).sum();
    }

    /**
     * The approver of the step now waiting hears of it through their standing subscription, without
     * having followed anything: once per step, as the ids are the same for a replay or for another
     * of their subscriptions that matched.
     */
    private int toApprover(InboundEvent event, ReviewEvent review) {
        ReviewSnapshot.Step awaiting = review.review().awaiting();
        if (awaiting == null) {
            return 0;
        }
        String agreementId = review.agreement().agreementId();
        List<Delivery> notifications = new ArrayList<>();
        for (Subscription subscription : approvals.approversOf(awaiting)) {
            if (!RestrictedAccess.allows(subscription.recipient(), review.agreement().confidentiality(),
                    review.agreement().access())) {
                continue; // named in the chain, yet not on the restricted agreement's access list
            }
            for (Channel channel : subscription.channels()) {
                notifications.add(notification(event.id(), event.type().name(), event.time(), agreementId,
                        subscription, channel));
            }
        }
        int written = insert(notifications);
        created.increment(written);
        return written;
    }

    private int waitForAgreement(InboundEvent event) {
        writes.insertOnce(new WaitingEvent(event.id(), event.subject(), event.type().name(), event.time(),
                clock.instant()), WaitingEvent.COLLECTION);
        log.info("Event {} ({}) waits until agreement {} is known here", event.id(), event.type().name(), event.subject());
        // The agreement may have reached the replica since the lookup, its release too early to see this one.
        return release(event.subject());
    }

    /** Fans out what waited for this agreement, if the replica knows it now. */
    private int release(String agreementId) {
        return replicas.find(agreementId).map(agreement -> {
            EventScope scope = EventScope.of(agreement);
            int written = 0;
            for (WaitingEvent waiting : mongo.find(Query.query(where("agreementId").is(agreementId)),
                    WaitingEvent.class, WaitingEvent.COLLECTION)) {
                written += fanOut(waiting.id(), waiting.type(), waiting.occurredAt(), scope);
                mongo.remove(Query.query(where("_id").is(waiting.id())), WaitingEvent.COLLECTION);
            }
            return written;
        }).orElse(0);
    }

    private int fanOut(String eventId, String type, Instant occurredAt, EventScope scope) {
        Query matching = Query.query(matching(scope, type));
        matching.cursorBatchSize(batchSize);
        int written = 0;
        List<Delivery> batch = new ArrayList<>(batchSize);
        // Another of the subscriber's subscriptions already gave this recipient its notification.
        Set<String> planned = new HashSet<>();
        // Read once per event, not per subscription: the access list each recipient is checked against.
        Optional<AgreementReplica> restricted = scope.restricted() ? replicas.find(scope.agreementId()) : Optional.empty();
        try (Stream<Subscription> subscriptions = mongo.stream(matching, Subscription.class, Subscription.COLLECTION)) {
            for (Subscription subscription : (Iterable<Subscription>) subscriptions::iterator) {
                if (restricted.isPresent() && !restricted.get().visibleTo(subscription.recipient())) {
                    continue; // not on the restricted agreement's access list: not told
                }
                for (Channel channel : subscription.channels()) {
                    Delivery notification = notification(eventId, type, occurredAt, scope.agreementId(), subscription,
                            channel);
                    if (!planned.add(notification.id())) {
                        continue;
                    }
                    batch.add(notification);
                    if (batch.size() >= batchSize) {
                        written += insert(batch);
                        batch.clear();
                    }
                }
            }
        }
        written += insert(batch);
        created.increment(written);
        return written;
    }

    /**
     * Every non-empty filter must hold; an empty one is stored as ["*"] and matches anything.
     * A restricted agreement's events then reach only those on its access list (checked per
     * subscription, and again when each notification is sent).
     */
    static Criteria matching(EventScope scope, String type) {
        List<Criteria> all = new ArrayList<>();
        all.add(where("active").is(true));
        if (scope.agreementId() == null) {
            all.add(where("match.agreements").is(Subscription.ALL));
        } else {
            all.add(where("match.agreements").in(scope.agreementId(), Subscription.ALL));
        }
        all.add(where("match.organizations").in(withAll(scope.organizationIds())));
        all.add(where("match.countries").in(withAll(scope.countries())));
        all.add(where("match.themes").in(withAll(scope.themes())));
        all.add(where("match.types").in(type, Subscription.ALL));
        return new Criteria().andOperator(all);
    }

    private static List<String> withAll(Collection<String> values) {
        List<String> keys = new ArrayList<>(values);
        keys.add(Subscription.ALL);
        return keys;
    }

    private Delivery notification(String eventId, String type, Instant occurredAt, String agreementId,
                                  Subscription subscription, Channel channel) {
        Instant now = clock.instant();
        DeliveryStatus status;
        Instant due = null;
        Instant sentAt = null;
        if (channel == Channel.IN_APP) {
            status = DeliveryStatus.SENT; // the inbox entry is the delivery
            sentAt = now;
        } else if (channel == Channel.EMAIL && subscription.rhythm().digest()) {
            status = DeliveryStatus.AWAITING_DIGEST;
        } else {
            status = DeliveryStatus.PENDING;
            due = now;
        }
        return new Delivery(Delivery.eventDeliveryId(eventId, subscription, channel), Delivery.Kind.EVENT,
                List.of(eventId), type, agreementId, occurredAt, subscription.id(),
                subscription.subscriber().id(), channel, status, 0, null, due, null, sentAt, null, null, now, now);
    }

    /**
     * Unordered: every new one is written even when some already exist; those duplicates are
     * the replay. What was written is counted from the errors, not from the server's count:
     * the embedded MongoDB server reports a whole batch as inserted, duplicates included.
     */
    private int insert(List<Delivery> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Delivery.class, Delivery.COLLECTION);
        bulk.insert(batch);
        try {
            bulk.execute();
            return batch.size();
        } catch (BulkOperationException e) {
            if (e.getErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw e;
            }
            return batch.size() - e.getErrors().size();
        } finally {
            if (batch.stream().anyMatch(delivery -> delivery.status() == DeliveryStatus.PENDING)) {
                dispatcher.nudge();
            }
        }
    }
}
