package org.entente.platform.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.BasicUpdate;
import org.springframework.data.mongodb.core.query.Query;

import tools.jackson.databind.json.JsonMapper;

/**
 * Stores an aggregate and the events it caused in one single-document write (the outbox
 * lives in the document), then hands the events to the {@link OutboxRelay}.
 *
 * <p>The aggregate is a record with an {@code id} and a {@code long version}. Updates are
 * {@code findAndModify} guarded by the version the caller read, so a lost update is
 * impossible and no transaction is needed.
 */
public class AggregateStore<T> {

    private static final String ID = "_id";
    private static final String VERSION = "version";

    private final Class<T> type;
    private final String collection;
    private final MongoTemplate mongo;
    private final OutboxRelay relay;
    private final JsonMapper json;
    private final String source;
    private final Clock clock;

    public AggregateStore(Class<T> type, String collection, MongoTemplate mongo, OutboxRelay relay,
                          JsonMapper json, String source, Clock clock) {
        this.type = type;
        this.collection = collection;
        this.mongo = mongo;
        this.relay = relay;
        this.json = json;
        this.source = source;
        this.clock = clock;
        relay.watch(collection);
    }

    public String collection() {
        return collection;
    }

    public Optional<T> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, type, collection));
    }

    /** Stores a new aggregate; a duplicate key surfaces as Spring's {@code DuplicateKeyException}. */
    public T insert(T aggregate, List<NewEvent> events) {
        Document document = toDocument(aggregate);
        document.put(PendingEvent.FIELD, pending(events));
        mongo.insert(document, collection);
        relay.publishSoon(collection, document.get(ID));
        return aggregate;
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
        state.put(VERSION, expectedVersion + 1);
        Document update = new Document("$set", state);
        if (!events.isEmpty()) {
            update.append("$push", new Document(PendingEvent.FIELD, new Document("$each", pending(events))));
        }
        Query current = Query.query(where(ID).is(id).and(VERSION).is(expectedVersion));
        T saved = mongo.findAndModify(current, new BasicUpdate(update),
                FindAndModifyOptions.options().returnNew(true), type, collection);
        if (saved == null) {
            throw new StaleVersionException(collection, id, expectedVersion);
        }
        relay.publishSoon(collection, id);
        return saved;
    }

    private Document toDocument(T aggregate) {
        Document document = new Document();
        mongo.getConverter().write(aggregate, document);
        document.remove("_class");
        return document;
    }

    private List<Document> pending(List<NewEvent> events) {
        return events.stream()
                .map(event -> new PendingEvent(
                        UUID.randomUUID().toString(),
                        event.type().name(),
                        source,
                        event.subject(),
                        clock.instant(),
                        event.type().stream(),
                        json.writeValueAsString(event.payload())).toDocument())
                .toList();
    }
}
