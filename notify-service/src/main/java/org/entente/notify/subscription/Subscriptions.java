package org.entente.notify.subscription;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Optional;

import org.entente.platform.outbox.AggregateStore;
import org.entente.platform.outbox.AggregateStores;
import org.entente.platform.security.Caller;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;

/** Reads of subscriptions, and their indexes. */
@Configuration(proxyBeanMethods = false)
public class Subscriptions {

    private final MongoTemplate mongo;

    Subscriptions(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(Subscription.COLLECTION).createIndex(new Index("unsubscribeToken", Sort.Direction.ASC).unique());
        mongo.indexOps(Subscription.COLLECTION).createIndex(new Index("subscriber.id", Sort.Direction.ASC));
        // Matching: one index per filter; the query planner starts from the most selective.
        for (String key : List.of("agreements", "organizations", "countries", "themes", "types")) {
            mongo.indexOps(Subscription.COLLECTION).createIndex(new Index()
                    .on("match." + key, Sort.Direction.ASC).on("active", Sort.Direction.ASC));
        }
        mongo.indexOps(Subscription.COLLECTION).createIndex(new Index()
                .on("rhythm", Sort.Direction.ASC).on("active", Sort.Direction.ASC));
    }

    @Bean
    AggregateStore<Subscription> subscriptionStore(AggregateStores stores) {
        // A stakeholder's subscriptions are theirs alone: someone else's is not there.
        return stores.of(Subscription.class, Subscription.COLLECTION, "subscription",
                subscription -> subscription.ownedBy(Caller.current()));
    }

    public Optional<Subscription> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Subscription.class, Subscription.COLLECTION));
    }

    public Optional<Subscription> findByToken(String token) {
        return Optional.ofNullable(mongo.findOne(Query.query(where("unsubscribeToken").is(token)),
                Subscription.class, Subscription.COLLECTION));
    }

    Page<Subscription> bySubscriber(String subscriberId, Pageable pageable) {
        Query query = Query.query(where("subscriber.id").is(subscriberId));
        long total = mongo.count(query, Subscription.COLLECTION);
        return new PageImpl<>(mongo.find(query.with(pageable), Subscription.class, Subscription.COLLECTION), pageable, total);
    }
}
