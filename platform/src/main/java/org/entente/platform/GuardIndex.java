package org.entente.platform;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/**
 * A unique index on {@code _id} and the field a write is guarded by ({@code version} for
 * aggregates and replicas, a delivery's {@code claim}), for the writes that find their document
 * by both. MongoDB finds such a document through its {@code _id} index anyway; the embedded
 * store serves a query from an index only when the query's fields are exactly a unique
 * index's, and would read the whole collection for every guarded write without this one. With
 * {@code _id} in it, the index never refuses a write.
 */
public final class GuardIndex {

    private GuardIndex() {
    }

    public static void create(MongoTemplate mongo, String collection, String guard) {
        mongo.indexOps(collection).createIndex(new Index().on("_id", Sort.Direction.ASC)
                .on(guard, Sort.Direction.ASC).unique().named("id_" + guard));
    }
}
