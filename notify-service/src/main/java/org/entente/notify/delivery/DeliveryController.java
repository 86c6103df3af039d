package org.entente.notify.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.entente.notify.subscription.Channel;
import org.entente.platform.web.PageResponse;
import org.entente.platform.web.Paging;
import org.entente.platform.web.ProblemException;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
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

@RestController
@RequestMapping("/api/deliveries")
@Tag(name = "Deliveries")
class DeliveryController {

    /** A delivery as operators see it. */
    record DeliveryView(String id, Delivery.Kind kind, List<String> eventIds, String eventType, String agreementId,
                        String subscriptionId, String subscriberId, Channel channel, DeliveryStatus status,
                        int attempts, String lastError, Instant nextAttemptAt, Instant sentAt, String period,
                        Instant createdAt, Instant updatedAt) {

        static DeliveryView of(Delivery delivery) {
            return new DeliveryView(delivery.id(), delivery.kind(), delivery.eventIds(), delivery.eventType(),
                    delivery.agreementId(), delivery.subscriptionId(), delivery.subscriberId(), delivery.channel(),
                    delivery.status(), delivery.attempts(), delivery.lastError(), delivery.nextAttemptAt(),
                    delivery.sentAt(), delivery.period(), delivery.createdAt(), delivery.updatedAt());
        }
    }

    private final MongoTemplate mongo;
    private final Clock clock;
    private final DeliveryDispatcher dispatcher;

    DeliveryController(MongoTemplate mongo, Clock clock, DeliveryDispatcher dispatcher) {
        this.dispatcher = dispatcher;
        this.mongo = mongo;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Deliveries of a subscription, or with a status (DEAD: what needs an operator), or both")
    PageResponse<DeliveryView> list(@RequestParam(required = false) String subscriptionId,
                                    @RequestParam(required = false) DeliveryStatus status,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "20") int size) {
        if (subscriptionId == null && status == null) {
            throw ProblemException.badRequest("subscriptionId", "is required unless status is given");
        }
        PageRequest pageable = Paging.of(page, size, null, Set.of(), Sort.by("createdAt", "_id"));
        Criteria criteria = new Criteria();
        if (subscriptionId != null) {
            criteria = criteria.and("subscriptionId").is(subscriptionId);
        }
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, Delivery.COLLECTION);
        List<DeliveryView> items = mongo.find(query.with(pageable), Delivery.class, Delivery.COLLECTION).stream()
                .map(DeliveryView::of).toList();
        return PageResponse.of(new PageImpl<>(items, pageable, total));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a delivery")
    DeliveryView read(@PathVariable String id) {
        Delivery delivery = mongo.findById(id, Delivery.class, Delivery.COLLECTION);
        if (delivery == null) {
            throw ProblemException.notFound("delivery", id);
        }
        return DeliveryView.of(delivery);
    }

    record Retried(String subscriptionId, long retried) {
    }

    @PostMapping("/retry")
    @Operation(summary = "Revive every dead delivery of a subscription", description = "Each is due at once, with a "
            + "fresh count of attempts; deliveries in any other status are left alone, so doing it twice retries nothing more.")
    Retried retryDead(@RequestParam(required = false) String subscriptionId) {
        if (subscriptionId == null || subscriptionId.isBlank()) {
            throw ProblemException.badRequest("subscriptionId", "is required");
        }
        Instant now = clock.instant();
        long retried = mongo.updateMulti(Query.query(where("subscriptionId").is(subscriptionId)
                        .and("status").is(DeliveryStatus.DEAD)), revival(now), Delivery.COLLECTION).getModifiedCount();
        dispatcher.nudge();
        return new Retried(subscriptionId, retried);
    }

    @PostMapping("/{id}/retry")
    @Operation(summary = "Revive a dead delivery", description = "It is due at once, with a fresh count of attempts. "
            + "Only a DEAD delivery can be retried (409 otherwise).")
    DeliveryView retry(@PathVariable String id) {
        Instant now = clock.instant();
        Delivery revived = mongo.findAndModify(Query.query(where("_id").is(id).and("status").is(DeliveryStatus.DEAD)),
                revival(now), FindAndModifyOptions.options().returnNew(true), Delivery.class, Delivery.COLLECTION);
        if (revived == null) {
            Delivery existing = mongo.findById(id, Delivery.class, Delivery.COLLECTION);
            if (existing == null) {
                throw ProblemException.notFound("delivery", id);
            }
            throw ProblemException.conflict("Only a dead delivery can be retried; this one is " + existing.status() + ".")
                    .with("status", existing.status());
        }
        dispatcher.nudge();
        return DeliveryView.of(revived);
    }

    /** A dead delivery made due again, counting its attempts afresh. */
    private static Update revival(Instant now) {
        return new Update().set("status", DeliveryStatus.PENDING).set("attempts", 0).set("nextAttemptAt", now)
                .set("updatedAt", now);
    }
}
