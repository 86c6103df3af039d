package org.entente.platform.inbound;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.entente.platform.GuardIndex;
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
    private static final String ID = "_id";
    private static final String VERSION = "version";
    /** The version a filter names for a replica not stored yet: no stored one has it, so the upsert inserts. */
    private static final long ABSENT = -1;
    /** Rounds of read-then-write before giving up when other writers keep getting there first. */
    private static final int ROUNDS = 5;

    private final MongoTemplate mongo;

    public IdempotentWrites(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A replica's write: its id, the version the event carries, and the fields to set. */
    public record VersionedWrite(String id, long version, Update fields) {
    }

    /**
     * Makes {@link #upsertIfNewer}'s version guard an index lookup in this collection (see
     * {@link GuardIndex}); a service calls it once for each collection it writes so.
     */
    public void indexVersions(String collection) {
        GuardIndex.create(mongo, collection, VERSION);
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
        return !upsertAllIfNewer(collection, List.of(new VersionedWrite(id, version, fields))).isEmpty();
    }

    /**
     * {@link #upsertIfNewer} for many replicas (distinct ids) in two round trips: the stored
     * versions read by {@code _id}, then one unordered bulk of upserts, each guarded by the
     * version it read (or inserting when there was none; see {@link #indexVersions}). A write that another writer beat
     * (its guard missed, so its insert collided with the stored {@code _id}) is decided again
     * from a fresh read. Returns the ids written.
     */
    public Set<String> upsertAllIfNewer(String collection, List<VersionedWrite> writes) {
        Set<String> written = new HashSet<>();
        List<VersionedWrite> undecided = writes;
        for (int round = 1; !undecided.isEmpty(); round++) {
            Map<String, Long> stored = storedVersions(collection, undecided);
            List<VersionedWrite> newer = undecided.stream()
                    .filter(write -> stored.getOrDefault(write.id(), ABSENT) < write.version())
                    .toList();
            if (newer.isEmpty()) {
                break;
            }
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
            for (VersionedWrite write : newer) {
                Query asRead = Query.query(where(ID).is(write.id()).and(VERSION)
                        .is(stored.getOrDefault(write.id(), ABSENT)));
                bulk.upsert(asRead, write.fields().set(VERSION, write.version()));
            }
            List<VersionedWrite> beaten = beaten(bulk, newer);
            newer.stream().filter(write -> !beaten.contains(write)).map(VersionedWrite::id).forEach(written::add);
            undecided = beaten;
            if (!undecided.isEmpty() && round == ROUNDS) {
                throw new IllegalStateException(undecided.size() + " replica writes in " + collection
                        + " lost to other writers " + ROUNDS + " times");
            }
        }
        return written;
    }

    /** The writes whose guard missed because another writer changed the document meanwhile. */
    private static List<VersionedWrite> beaten(BulkOperations bulk, List<VersionedWrite> writes) {
        try {
            bulk.execute();
            return List.of();
        } catch (BulkOperationException e) {
            if (e.getErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw e;
            }
            List<VersionedWrite> beaten = new ArrayList<>();
            e.getErrors().forEach(error -> beaten.add(writes.get(error.getIndex())));
            return beaten;
        }
    }

    /** A document stored without a version counts as newer than anything, as the guard never matched it. */
    private Map<String, Long> storedVersions(String collection, List<VersionedWrite> writes) {
        Query byIds = Query.query(where(ID).in(writes.stream().map(VersionedWrite::id).toList()));
        byIds.fields().include(VERSION);
        Map<String, Long> versions = new HashMap<>();
        for (Document document : mongo.find(byIds, Document.class, collection)) {
            Number version = document.get(VERSION, Number.class);
            versions.put(String.valueOf(document.get(ID)), version == null ? Long.MAX_VALUE : version.longValue());
        }
        return versions;
    }
}
