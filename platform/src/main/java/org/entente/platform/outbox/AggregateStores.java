package org.entente.platform.outbox;

import java.time.Clock;
import java.util.function.Predicate;

import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.json.JsonMapper;

/** Creates the {@link AggregateStore} of each aggregate a service owns. */
public class AggregateStores {

    private final MongoTemplate mongo;
    private final OutboxRelay relay;
    private final JsonMapper json;
    private final String source;
    private final Clock clock;

    public AggregateStores(MongoTemplate mongo, OutboxRelay relay, JsonMapper json, String source, Clock clock) {
        this.mongo = mongo;
        this.relay = relay;
        this.json = json;
        this.source = source;
        this.clock = clock;
    }

    /** @param name what users call one of them ("agreement"), for messages such as 404s */
    public <T extends Aggregate> AggregateStore<T> of(Class<T> type, String collection, String name) {
        return of(type, collection, name, aggregate -> true);
    }

    /** A store whose reads and changes see only what {@code visible} lets the current caller see (404 otherwise). */
    public <T extends Aggregate> AggregateStore<T> of(Class<T> type, String collection, String name,
                                                      Predicate<T> visible) {
        return of(StoredAs.itself(type), collection, name, visible);
    }

    /** A store of an aggregate kept in another shape: the persistence model {@code storage} names. */
    public <T extends Aggregate> AggregateStore<T> of(StoredAs<T, ?> storage, String collection, String name,
                                                      Predicate<T> visible) {
        return new AggregateStore<>(storage, collection, name, mongo, relay, json, source, clock, visible);
    }
}
