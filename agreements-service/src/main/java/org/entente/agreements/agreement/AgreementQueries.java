package org.entente.agreements.agreement;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Optional;

import org.entente.platform.outbox.AggregateStore;
import org.entente.platform.outbox.AggregateStores;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;

/** Reads of the agreements collection, and its indexes. */
@Configuration(proxyBeanMethods = false)
public class AgreementQueries {

    static final String COLLECTION = "agreements";

    private final MongoTemplate mongo;

    AgreementQueries(MongoTemplate mongo) {
        this.mongo = mongo;
        // The reference code is what people search and cite: it must be unique.
        mongo.indexOps(COLLECTION).createIndex(new Index("code", Sort.Direction.ASC).unique());
    }

    @Bean
    AggregateStore<Agreement> agreementStore(AggregateStores stores) {
        return stores.of(Agreement.class, COLLECTION);
    }

    public Optional<Agreement> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, Agreement.class, COLLECTION));
    }

    public boolean exists(String id) {
        return mongo.exists(Query.query(where("_id").is(id)), COLLECTION);
    }

    Optional<Agreement> findByCode(String code) {
        return Optional.ofNullable(mongo.findOne(Query.query(where("code").is(code)), Agreement.class, COLLECTION));
    }
}
