package org.entente.platform.inbound;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Collection;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The two ways a consumer makes an effect idempotent, so a redelivered or replayed event
 * changes nothing.
 */
public class IdempotentWrites {

    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;

    public IdempotentWrites(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Inserts a document whose {@code _id} is derived from the event id (the event id
     * itself, or event id + subscription + channel). Returns false when it was already there.
     */
    public boolean insertOnce(Object document, String collection) {
        try {
            mongo.insert(document, collection);
            return true;
        } catch (DuplicateKeyException alreadyApplied) {
            return false;
        }
    }

    /**
     * {@link #insertOnce} for many documents in one round trip: an unordered bulk insert, so
     * every new one is written even when some (a replay, a duplicate in the same batch) exist.
     */
    public void insertAllOnce(Collection<?> documents, Class<?> type, String collection) {
        if (documents.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type, collection);
        bulk.insert(documents.stream().map(Object.class::cast).toList());
        try {
            bulk.execute();
        } catch (BulkOperationException e) {
            if (e.getErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw e;
            }
        }
    }

    /**
     * Writes a replica's fields only if the event carries a newer version of the aggregate
     * than the one stored: duplicates and late arrivals are ignored. Returns whether it wrote.
     */
    public boolean upsertIfNewer(String collection, String id, long version, Update fields) {
        Query olderOrAbsent = Query.query(where("_id").is(id).and("version").lt(version));
        try {
            mongo.upsert(olderOrAbsent, fields.set("version", version), collection);
            return true;
        } catch (DuplicateKeyException sameOrNewerStored) {
            // The filter missed because the stored version is not older; the upsert then
            // collided with the existing _id. Nothing to do.
            return false;
        }
    }
}
