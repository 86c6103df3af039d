package org.entente.notify.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.entente.localstack.test.QueryPlans;
import org.entente.notify.NotifyIntegrationTest;
import org.entente.notify.delivery.Delivery;
import org.entente.notify.delivery.DeliveryDispatcher;
import org.entente.notify.subscription.Subscription;
import org.entente.notify.timeline.TimelineEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * On a real MongoDB each hot query of notify-service is served by an index the service
 * creates: an index scan, no collection scan, no sort in memory (see {@link QueryPlans}: only
 * where a Docker engine answers).
 */
class HotQueryPlansIT extends NotifyIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void onARealMongo() {
        assumeTrue(QueryPlans.realMongo(), QueryPlans.EMBEDDED);
    }

    @Test
    void anAgreementsTimelinePageIsAnIndexScan() {
        assertServedByAnIndex(TimelineEntry.COLLECTION, Query.query(where("agreementId").is(newId()))
                .with(Sort.by("occurredAt", "_id")).limit(51));
    }

    @Test
    void anAgreementsTimelinePageNewestFirstIsAnIndexScan() {
        assertServedByAnIndex(TimelineEntry.COLLECTION, Query.query(where("agreementId").is(newId()))
                .with(Sort.by(Sort.Direction.DESC, "occurredAt", "_id")).limit(201));
    }

    @Test
    void theGlobalFeedIsAnIndexScan() {
        assertServedByAnIndex(TimelineEntry.COLLECTION, Query.query(where("agreementId").nin(List.of(newId()))
                .and("occurredAt").gte(Instant.parse("2025-01-01T00:00:00Z")))
                .with(Sort.by("occurredAt", "_id")).limit(51));
    }

    @Test
    void matchingAnEventsSubscriptionsIsAnIndexScan() {
        EventScope scope = new EventScope(newId(), Set.of("org-fr", "org-kz"), Set.of("FR", "KZ"), Set.of("leadership"),
                false);
        assertServedByAnIndex(Subscription.COLLECTION, Query.query(NotificationFanOut.matching(scope,
                "entente.agreement.created.v1")));
    }

    @Test
    void theDeliveriesDueAreAnIndexScanInTheirOrder() {
        assertServedByAnIndex(Delivery.COLLECTION, DeliveryDispatcher.due(Instant.now()));
    }

    private void assertServedByAnIndex(String collection, Query query) {
        assertThat(QueryPlans.stages(mongo.getCollection(collection), query.getQueryObject(), query.getSortObject(),
                query.getLimit())).contains("IXSCAN").doesNotContain("COLLSCAN", "SORT");
    }
}
