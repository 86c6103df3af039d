package org.entente.notify.notification;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.entente.notify.agreement.AgreementReplicas;
import org.entente.notify.delivery.Delivery;
import org.entente.notify.delivery.DeliveryStatus;
import org.entente.notify.subscription.Channel;
import org.entente.notify.subscription.Subscription;
import org.entente.platform.inbound.InboundEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Turns an event into its notifications: finds the subscriptions it concerns with one query
 * on the indexed match keys, and writes one delivery per (event, subscription, channel) in
 * unordered bulk inserts. Ids are deterministic, so a replayed event's inserts collide with
 * what is there and are ignored: no duplicate notification.
 */
@Component
public class NotificationFanOut {

    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;
    private final AgreementReplicas replicas;
    private final Clock clock;
    private final int batchSize;
    private final Counter created;

    NotificationFanOut(MongoTemplate mongo, AgreementReplicas replicas, Clock clock, MeterRegistry meters,
                       @Value("${entente.fan-out.batch-size:500}") int batchSize) {
        this.mongo = mongo;
        this.replicas = replicas;
        this.clock = clock;
        this.batchSize = batchSize;
        this.created = meters.counter("entente.notifications.created");
    }

    /** Returns how many notifications this call wrote (0 for a replay). */
    public int fanOut(InboundEvent event) {
        EventScope scope = EventScope.of(event, replicas);
        Query matching = Query.query(matching(scope, event.type().name()));
        matching.cursorBatchSize(batchSize);
        int written = 0;
        List<Delivery> batch = new ArrayList<>(batchSize);
        try (Stream<Subscription> subscriptions = mongo.stream(matching, Subscription.class, Subscription.COLLECTION)) {
            for (Subscription subscription : (Iterable<Subscription>) subscriptions::iterator) {
                if (scope.restricted() && replicas.isHidden(scope.agreementId(), subscription.recipient())) {
                    continue; // not on the restricted agreement's access list: not told
                }
                for (Channel channel : subscription.channels()) {
                    batch.add(notification(event, scope, subscription, channel));
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

    private static List<String> withAll(Set<String> values) {
        List<String> keys = new ArrayList<>(values);
        keys.add(Subscription.ALL);
        return keys;
    }

    private Delivery notification(InboundEvent event, EventScope scope, Subscription subscription, Channel channel) {
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
        return new Delivery(Delivery.eventDeliveryId(event.id(), subscription.id(), channel), Delivery.Kind.EVENT,
                List.of(event.id()), event.type().name(), scope.agreementId(), event.time(), subscription.id(),
                subscription.subscriber().id(), channel, status, 0, null, due, null, sentAt, null, null, now, now);
    }

    /** Unordered: every new one is written even when some already exist; those duplicates are the replay. */
    private int insert(List<Delivery> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Delivery.class, Delivery.COLLECTION);
        bulk.insert(batch);
        try {
            return bulk.execute().getInsertedCount();
        } catch (BulkOperationException e) {
            if (e.getErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw e;
            }
            return e.getResult().getInsertedCount();
        }
    }
}
