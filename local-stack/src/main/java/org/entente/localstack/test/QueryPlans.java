package org.entente.localstack.test;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.testcontainers.DockerClientFactory;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;

/**
 * How MongoDB would run a service's hot query, for tests that prove an index serves it. Only a
 * real MongoDB plans queries: the embedded server ignores secondary indexes, so these tests run
 * where the test infrastructure is the Testcontainers {@code mongo}, that is where a Docker
 * engine answers.
 */
public final class QueryPlans {

    private QueryPlans() {
    }

    /** Whether the tests' MongoDB is a real one (Docker answers, and the embedded mode is not forced). */
    public static boolean realMongo() {
        String mode = System.getProperty(TestInfrastructure.MODE_PROPERTY, "auto");
        return !"embedded".equals(mode) && ("docker".equals(mode) || DockerClientFactory.instance().isDockerAvailable());
    }

    /** Why a plan test did not run, for its assumption. */
    public static final String EMBEDDED = "No Docker engine answers: the embedded MongoDB server ignores secondary"
            + " indexes, so query plans are checked only against the Testcontainers mongo";

    /** Every stage of the winning plan of this find (IXSCAN, FETCH, SORT, COLLSCAN...). */
    public static List<String> stages(MongoCollection<Document> collection, Bson filter, Bson sort, int limit) {
        FindIterable<Document> find = collection.find(filter).sort(sort);
        if (limit > 0) {
            find = find.limit(limit);
        }
        List<String> stages = new ArrayList<>();
        collect(find.explain().get("queryPlanner", Document.class).get("winningPlan", Document.class), stages);
        return stages;
    }

    /** Walks a plan whatever its shape (classic inputStage/inputStages, or the newer queryPlan). */
    private static void collect(Object node, List<String> stages) {
        if (node instanceof Document document) {
            if (document.get("stage") instanceof String stage) {
                stages.add(stage);
            }
            document.values().forEach(value -> collect(value, stages));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> collect(value, stages));
        }
    }
}
