package org.entente.agreements.delegation;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.entente.agreements.agreement.AgreementQueries;
import org.entente.platform.outbox.AggregateStore;
import org.entente.platform.outbox.AggregateStores;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Reads of the delegations collection, and its indexes. */
@Configuration(proxyBeanMethods = false)
public class DelegationQueries {

    static final String COLLECTION = "delegations";
    static final Set<String> SORTABLE = Set.of("startDate", "endDate", "city", "country", "status", "createdAt");

    /** What a list may be narrowed to; null means "any". {@code from}/{@code to} keep visits overlapping that range. */
    public record Filter(String agreementId, LocalDate from, LocalDate to, String country, DelegationStatus status,
                  DelegationDirection direction) {
    }

    private final MongoTemplate mongo;

    DelegationQueries(MongoTemplate mongo) {
        this.mongo = mongo;
        // The lists people open most: an agreement's visits, and visits by date and country.
        mongo.indexOps(COLLECTION).createIndex(new Index().on("agreementId", Sort.Direction.ASC)
                .on("startDate", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("startDate", Sort.Direction.ASC)
                .on("endDate", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("country", Sort.Direction.ASC)
                .on("startDate", Sort.Direction.ASC));
    }

    /** A visit of a restricted agreement is as hidden as the agreement. */
    @Bean
    AggregateStore<Delegation> delegationStore(AggregateStores stores, AgreementQueries agreements) {
        return stores.of(Delegation.class, COLLECTION, "delegation",
                delegation -> delegation.agreementId() == null || agreements.exists(delegation.agreementId()));
    }

    public Page<Delegation> search(Filter filter, List<String> hiddenAgreements, Pageable pageable) {
        Criteria criteria = new Criteria();
        if (filter.agreementId() != null) {
            if (hiddenAgreements.contains(filter.agreementId())) {
                return Page.empty(pageable);
            }
            criteria = criteria.and("agreementId").is(filter.agreementId());
        } else if (!hiddenAgreements.isEmpty()) {
            criteria = criteria.and("agreementId").nin(hiddenAgreements);
        }
        // Overlap: the visit ends on or after "from" and starts on or before "to".
        if (filter.from() != null) {
            criteria = criteria.and("endDate").gte(filter.from());
        }
        if (filter.to() != null) {
            criteria = criteria.and("startDate").lte(filter.to());
        }
        if (filter.country() != null) {
            criteria = criteria.and("country").is(filter.country());
        }
        if (filter.status() != null) {
            criteria = criteria.and("status").is(filter.status());
        }
        if (filter.direction() != null) {
            criteria = criteria.and("direction").is(filter.direction());
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, Delegation.class, COLLECTION);
        // The id breaks ties, so that visits on the same day do not move between pages.
        Pageable stable = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                pageable.getSort().and(Sort.by("id")));
        List<Delegation> items = mongo.find(query.with(stable), Delegation.class, COLLECTION);
        return new PageImpl<>(items, pageable, total);
    }
}
