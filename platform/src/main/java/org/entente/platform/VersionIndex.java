package org.entente.platform;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/**
 * A unique index on {@code _id} + {@code version}, for collections written with a version
 * guard (aggregates, replicas). MongoDB finds such a document through its {@code _id} index
 * anyway; the embedded store serves a query from an index only when the query's fields are
 * exactly a unique index's, and would read the whole collection for every guarded write
 * without it. Every document has one version, so the index never refuses a write.
 */
public final class VersionIndex {

    private VersionIndex() {
    }

    public static void create(MongoTemplate mongo, String collection) {
        mongo.indexOps(collection).createIndex(new Index().on("_id", Sort.Direction.ASC)
                .on("version", Sort.Direction.ASC).unique().named("id_version"));
    }
}
