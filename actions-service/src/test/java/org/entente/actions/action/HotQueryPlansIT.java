package org.entente.actions.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.entente.localstack.test.IntegrationTest;
import org.entente.localstack.test.QueryPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * On a real MongoDB the action items' hot queries are served by the indexes the service
 * creates: an index scan, no collection scan, no sort in memory (see {@link QueryPlans}: only
 * where a Docker engine answers).
 */
@IntegrationTest
class HotQueryPlansIT {

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void onARealMongo() {
        assumeTrue(QueryPlans.realMongo(), QueryPlans.EMBEDDED);
    }

    @Test
    void theItemsOverdueAreAnIndexScan() {
        assertServedByAnIndex(ActionQueries.openDueBeforeQuery(LocalDate.now()));
    }

    @Test
    void theItemsOfABatchOfAgreementsAreAnIndexScan() {
        assertServedByAnIndex(ActionQueries.ofAgreementsQuery(List.of(UUID.randomUUID().toString(),
                UUID.randomUUID().toString())));
    }

    private void assertServedByAnIndex(Query query) {
        assertThat(QueryPlans.stages(mongo.getCollection(ActionQueries.COLLECTION), query.getQueryObject(),
                query.getSortObject(), query.getLimit())).contains("IXSCAN").doesNotContain("COLLSCAN", "SORT");
    }
}
