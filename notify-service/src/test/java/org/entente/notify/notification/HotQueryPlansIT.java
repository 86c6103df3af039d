package org.entente.notify.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.entente.localstack.test.TestInfrastructure;
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
import org.testcontainers.DockerClientFactory;

/**
 * On a real MongoDB each hot query of notify-service is served by an index the service
 * creates: an index scan, no collection scan, no sort in memory. The embedded server ignores
 * secondary indexes (it scans), so this runs only where the test infrastructure is the
 * Testcontainers {@code mongo}, that is where a Docker engine answers.
 */
class HotQueryPlansIT extends NotifyIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void onARealMongo() {
        String mode = System.getProperty(TestInfrastructure.MODE_PROPERTY, "auto");
        assumeTrue(!"embedded".equals(mode) && ("docker".equals(mode) || DockerClientFactory.instance().isDockerAvailable()),
                "No Docker engine answers: the embedded MongoDB server ignores secondary indexes, so query plans"
                        + " are checked only against the Testcontainers mongo");
    }

    @Test
    void anAgreementsTimelinePageIsAnIndexScan() {
        assertServedByAnIndex(TimelineEntry.COLLECTION, Query.query(where("agreementId").is(newId()))
                .with(Sort.by("occurredAt", "_id")).limit(51));
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
        var find = mongo.getCollection(collection).find(query.getQueryObject()).sort(query.getSortObject());
        if (query.getLimit() > 0) {
            find = find.limit(query.getLimit());
        }
        Document plan = find.explain().get("queryPlanner", Document.class).get("winningPlan", Document.class);
        List<String> stages = new ArrayList<>();
        stages(plan, stages);
        assertThat(stages).as(plan.toJson()).contains("IXSCAN").doesNotContain("COLLSCAN", "SORT");
    }

    /** Every stage of a plan, whatever its shape (classic inputStage/inputStages, or the newer queryPlan). */
    private static void stages(Object node, List<String> stages) {
        if (node instanceof Document document) {
            if (document.get("stage") instanceof String stage) {
                stages.add(stage);
            }
            document.values().forEach(value -> stages(value, stages));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> stages(value, stages));
        }
    }
}
