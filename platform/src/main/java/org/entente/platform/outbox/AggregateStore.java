package org.entente.platform.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import org.entente.platform.GuardIndex;
import org.entente.platform.security.Caller;
import org.entente.platform.web.ProblemException;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.BasicUpdate;
import org.springframework.data.mongodb.core.query.Query;

import com.mongodb.ErrorCategory;
import com.mongodb.bulk.BulkWriteError;

import tools.jackson.databind.json.JsonMapper;

/**
 * Stores an aggregate and the events it caused in one single-document write (the outbox
 * lives in the document), then hands the events to the {@link OutboxRelay}.
 *
 * <p>The aggregate (or the document it is stored as, {@link StoredAs}) is a record with an
 * {@code id} and a {@code long version}. Updates are
 * {@code findAndModify} guarded by the version the caller read, so a lost update is
 * impossible and no transaction is needed.
 */
public class AggregateStore<T extends Aggregate> {

    private static final String ID = "_id";
    private static final String VERSION = "version";
    /** Who created and who last changed the aggregate: token subjects, stamped here for every aggregate. */
    private static final String CREATED_BY = "createdBy";
    private static final String UPDATED_BY = "updatedBy";

    private static final int ATTEMPTS = 3;

    private final StoredAs<T, ?> storage;
    private final String collection;
    private final String name;
    private final MongoTemplate mongo;
    private final OutboxRelay relay;
    private final JsonMapper json;
    private final String source;
    private final Clock clock;
    /** Whether the current caller may see an aggregate: one they may not is, to them, not there. */
    private final Predicate<T> visible;
    /** What a write that breaks a unique index throws instead, given the state it tried to store; null: Spring's own. */
    private Function<T, ? extends RuntimeException> duplicate;
    /** The stored fields of the aggregate but its id, read once from the mapping. */
    private final List<String> fieldNames = new ArrayList<>();

    public AggregateStore(StoredAs<T, ?> storage, String collection, String name, MongoTemplate mongo,
                          OutboxRelay relay, JsonMapper json, String source, Clock clock, Predicate<T> visible) {
        this.storage = storage;
        this.collection = collection;
        this.name = name;
        this.mongo = mongo;
        this.relay = relay;
        this.json = json;
        this.source = source;
        this.clock = clock;
        this.visible = visible;
        relay.watch(collection);
        GuardIndex.create(mongo, collection, VERSION);
        mongo.getConverter().getMappingContext().getRequiredPersistentEntity(storage.type()).doWithProperties(
                (org.springframework.data.mapping.PropertyHandler<MongoPersistentProperty>) property -> {
                    if (!property.isIdProperty()) {
                        fieldNames.add(property.getFieldName());
                    }
                });
    }

    /**
     * Says, once where the store is made, how a duplicate of a unique key is refused (the
     * agreement code already taken, naming the existing one), so no caller catches it itself.
     */
    public AggregateStore<T> refusingDuplicates(Function<T, ? extends RuntimeException> refusal) {
        this.duplicate = refusal;
        return this;
    }

    public String collection() {
        return collection;
    }

    public Optional<T> findById(String id) {
        return Optional.ofNullable(storage.read(mongo.findById(id, storage.type(), collection))).filter(visible);
    }

    /** The aggregate, or a 404 problem naming it. */
    public T get(String id) {
        return findById(id).orElseThrow(() -> ProblemException.notFound(name, id));
    }

    /**
     * Runs a command on the current state and stores its result. With the version the client
     * read ({@code If-Match}), a change made meanwhile is a {@link StaleVersionException}; without
     * one, the command runs again on the fresh state, because it decides from that state alone.
     * A command that changes nothing writes nothing.
     */
    public T change(String id, Long clientVersion, Function<T, Change<T>> command) {
        for (int attempt = 1; ; attempt++) {
            T current = get(id);
            if (clientVersion != null && current.version() != clientVersion) {
                throw new StaleVersionException(collection, id, clientVersion);
            }
            Change<T> change = command.apply(current);
            if (change.events().isEmpty()) {
                return current;
            }
            try {
                return update(id, current.version(), change.aggregate(), change.events());
            } catch (StaleVersionException e) {
                if (clientVersion != null || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Stores a new aggregate, with the events its creation caused. */
    public T insert(Change<T> created) {
        return insert(created.aggregate(), created.events());
    }

    /** Stores a new aggregate; a duplicate key is refused as {@link #refusingDuplicates} says. */
    public T insert(T aggregate, List<NewEvent> events) {
        List<PendingEvent> pending = pending(events);
        Document document = newDocument(aggregate, pending);
        try {
            mongo.insert(document, collection);
        } catch (DuplicateKeyException e) {
            throw duplicate == null ? e : duplicate.apply(aggregate);
        }
        relay.publishInserted(collection, document.get(ID), pending);
        return storage.read(mongo.getConverter().read(storage.type(), document)); // as stored, with who created it
    }

    /**
     * Stores new aggregates in one unordered write (an import's batch): one that breaks a unique
     * index is refused alone, as {@link #refusingDuplicates} says, and the others are stored with
     * their events. Answers, in order, each one's refusal, or nothing where it was stored.
     *
     * @throws BulkOperationException when the store refused a document for another reason; the
     *         documents it stored meanwhile keep their events for the relay's sweep
     */
    public List<Optional<RuntimeException>> insertAll(List<Change<T>> created) {
        List<List<PendingEvent>> pending = created.stream().map(change -> pending(change.events())).toList();
        List<Document> documents = new ArrayList<>(created.size());
        for (int i = 0; i < created.size(); i++) {
            documents.add(newDocument(created.get(i).aggregate(), pending.get(i)));
        }
        List<Optional<RuntimeException>> refusals = new ArrayList<>(Collections.nCopies(created.size(), Optional.empty()));
        Set<Integer> notStored = new HashSet<>();
        BulkOperationException failure = null;
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection).insert(documents).execute();
        } catch (BulkOperationException e) {
            for (BulkWriteError error : e.getErrors()) {
                notStored.add(error.getIndex());
                if (ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                    T refused = created.get(error.getIndex()).aggregate();
                    refusals.set(error.getIndex(), Optional.of(duplicate == null
                            ? new DuplicateKeyException(error.getMessage()) : duplicate.apply(refused)));
                } else {
                    failure = e;
                }
            }
        }
        for (int i = 0; i < documents.size(); i++) {
            if (!notStored.contains(i)) {
                relay.publishInserted(collection, documents.get(i).get(ID), pending.get(i));
            }
        }
        if (failure != null) {
            throw failure;
        }
        return refusals;
    }

    /** A new aggregate's document: its state, who created it, and the events its creation caused. */
    private Document newDocument(T aggregate, List<PendingEvent> pending) {
        Document document = toDocument(aggregate);
        String actor = Caller.current().subject();
        document.put(CREATED_BY, actor);
        document.put(UPDATED_BY, actor);
        document.put(PendingEvent.FIELD, pending.stream().map(PendingEvent::toDocument).toList());
        return document;
    }

    /**
     * Replaces the aggregate's state if it is still at {@code expectedVersion}, bumps the
     * version and appends the events to its outbox, in one atomic write.
     *
     * @throws StaleVersionException when another write got there first
     */
    public T update(String id, long expectedVersion, T newState, List<NewEvent> events) {
        Document state = toDocument(newState);
        state.remove(ID);
        state.remove(PendingEvent.FIELD);
        state.remove(CREATED_BY);
        state.put(UPDATED_BY, Caller.current().subject());
        state.put(VERSION, expectedVersion + 1);
        Document update = new Document("$set", state);
        Document cleared = clearedFields(state);
        if (!cleared.isEmpty()) {
            update.append("$unset", cleared);
        }
        if (!events.isEmpty()) {
            update.append("$push", new Document(PendingEvent.FIELD, new Document("$each",
                    pending(events).stream().map(PendingEvent::toDocument).toList())));
        }
        Query current = Query.query(where(ID).is(id).and(VERSION).is(expectedVersion));
        T saved;
        try {
            saved = storage.read(mongo.findAndModify(current, new BasicUpdate(update),
                    FindAndModifyOptions.options().returnNew(true), storage.type(), collection));
        } catch (DuplicateKeyException e) {
            throw duplicate == null ? e : duplicate.apply(newState);
        }
        if (saved == null) {
            throw new StaleVersionException(collection, id, expectedVersion);
        }
        relay.publishSoon(collection, id);
        return saved;
    }

    /** Fields the new state leaves empty: the converter omits nulls, so they must be unset explicitly. */
    private Document clearedFields(Document state) {
        Document cleared = new Document();
        fieldNames.stream().filter(field -> !state.containsKey(field) && !field.equals(CREATED_BY))
                .forEach(field -> cleared.append(field, ""));
        return cleared;
    }

    private Document toDocument(T aggregate) {
        Document document = new Document();
        mongo.getConverter().write(storage.toDocument().apply(aggregate), document);
        document.remove("_class");
        return document;
    }

    private List<PendingEvent> pending(List<NewEvent> events) {
        String actor = Caller.current().subject();
        return events.stream()
                .map(event -> new PendingEvent(
                        UUID.randomUUID().toString(),
                        event.type().name(),
                        source,
                        event.subject(),
                        clock.instant(),
                        event.type().stream(),
                        json.writeValueAsString(event.payload()),
                        actor))
                .toList();
    }
}
