package org.entente.agreements.organization;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.entente.platform.domain.Refusal;
import org.entente.platform.outbox.AggregateStore;
import org.entente.platform.outbox.AggregateStores;
import org.entente.platform.web.SearchText;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Reads of the organization register, and its indexes. */
@Configuration(proxyBeanMethods = false)
public class OrganizationQueries {

    static final String COLLECTION = "organizations";
    static final Set<String> SORTABLE = Set.of("name", "country", "type", "createdAt");

    private final MongoTemplate mongo;

    OrganizationQueries(MongoTemplate mongo) {
        this.mongo = mongo;
        // One organization per name and country: the duplicate rule, enforced by the database.
        mongo.indexOps(COLLECTION).createIndex(new Index().on("nameKey", Sort.Direction.ASC)
                .on("country", Sort.Direction.ASC).unique());
        mongo.indexOps(COLLECTION).createIndex(new Index("searchKeys", Sort.Direction.ASC));
    }

    @Bean
    AggregateStore<Organization> organizationStore(AggregateStores stores) {
        return stores.of(Organization.class, COLLECTION, "organization").refusingDuplicates(this::duplicateOf);
    }

    /** One organization per name and country: a second is refused, naming the first. */
    private Refusal duplicateOf(Organization organization) {
        return findByNameAndCountry(organization.name(), organization.country())
                .map(existing -> Refusal.conflict("An organization named " + existing.name() + " in "
                        + existing.country() + " is already registered (id " + existing.id() + ").")
                        .with("existingId", existing.id()))
                .orElseGet(() -> Refusal.conflict("This organization is already registered."));
    }

    /** The organizations with these ids; absent ones are simply not returned. */
    public List<Organization> findAll(Collection<String> ids) {
        return mongo.find(Query.query(where("_id").in(ids)), Organization.class, COLLECTION);
    }

    private Optional<Organization> findByNameAndCountry(String name, String country) {
        return Optional.ofNullable(mongo.findOne(Query.query(where("nameKey").is(SearchText.normalize(name))
                .and("country").is(country)), Organization.class, COLLECTION));
    }

    Page<Organization> search(String q, String country, OrganizationType type, Pageable pageable) {
        Criteria criteria = new Criteria();
        if (q != null && !q.isBlank()) {
            criteria = criteria.and("searchKeys").regex(SearchText.containing(q));
        }
        if (country != null) {
            criteria = criteria.and("country").is(country);
        }
        if (type != null) {
            criteria = criteria.and("type").is(type);
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, COLLECTION);
        List<Organization> items = mongo.find(query.with(pageable), Organization.class, COLLECTION);
        return new PageImpl<>(items, pageable, total);
    }
}
