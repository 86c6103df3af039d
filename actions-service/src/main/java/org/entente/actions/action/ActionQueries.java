package org.entente.actions.action;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.entente.actions.agreement.AgreementDirectory;
import org.entente.platform.domain.Refusal;
import org.entente.platform.outbox.AggregateStore;
import org.entente.platform.outbox.AggregateStores;
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

/** Reads of the action items collection, and its indexes. */
@Configuration(proxyBeanMethods = false)
public class ActionQueries {

    public static final String COLLECTION = "actions";
    static final Set<String> SORTABLE = Set.of("reference", "dueDate", "startDate", "status", "percentComplete",
            "createdAt", "updatedAt");

    /** The filters of the item list; null means "any". {@code overdue} needs {@code today}. */
    record Filter(String agreementId, String owner, ActionStatus status, ActionCategory category, LocalDate dueBefore,
                  Boolean overdue, LocalDate today) {
    }

    private final MongoTemplate mongo;

    ActionQueries(MongoTemplate mongo) {
        this.mongo = mongo;
        // A reference names an item within its plan: unique per agreement.
        mongo.indexOps(COLLECTION).createIndex(new Index().on("agreementId", Sort.Direction.ASC)
                .on("reference", Sort.Direction.ASC).unique());
        mongo.indexOps(COLLECTION).createIndex(new Index().on("status", Sort.Direction.ASC)
                .on("dueDate", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("owner.email", Sort.Direction.ASC));
    }

    @Bean
    AggregateStore<ActionItem> actionStore(AggregateStores stores, AgreementDirectory agreements) {
        // An item of a restricted agreement is as hidden as its agreement.
        return stores.of(StoredActionItem.STORAGE, COLLECTION, "action item",
                item -> !agreements.isHidden(item.agreementId()))
                .refusingDuplicates(this::duplicateReference);
    }

    /** A reference is unique within its plan: a second item with it is refused, naming the first. */
    private Refusal duplicateReference(ActionItem item) {
        String reference = item.details().reference();
        return findByReference(item.agreementId(), reference)
                .map(existing -> Refusal.conflict("This plan already has an item " + reference + " (id "
                        + existing.id() + ").").with("existingId", existing.id()))
                .orElseGet(() -> Refusal.conflict("This plan already has an item " + reference + "."));
    }

    private Optional<ActionItem> findByReference(String agreementId, String reference) {
        return Optional.ofNullable(mongo.findOne(Query.query(where("agreementId").is(agreementId)
                .and("reference").is(reference)), StoredActionItem.class, COLLECTION)).map(StoredActionItem::toItem);
    }

    /** An agreement's items, without their progress logs. */
    public List<ActionItem> ofAgreement(String agreementId) {
        return ofAgreements(List.of(agreementId));
    }

    /** The items of these agreements, without their progress logs: one read for a batch of them. */
    public List<ActionItem> ofAgreements(Collection<String> agreementIds) {
        return items(ofAgreementsQuery(agreementIds));
    }

    static Query ofAgreementsQuery(Collection<String> agreementIds) {
        Query query = Query.query(where("agreementId").in(agreementIds));
        query.fields().exclude("progress").exclude("pendingEvents");
        return query;
    }

    /** Open items due before {@code limit}: what the deadline job looks at. */
    public List<ActionItem> openDueBefore(LocalDate limit) {
        return items(openDueBeforeQuery(limit));
    }

    /** The shape of the item list's overdue filter too (open, due before today). */
    static Query openDueBeforeQuery(LocalDate limit) {
        return Query.query(where("status").in(ActionStatus.OPEN).and("dueDate").lt(limit));
    }

    Page<ActionItem> list(Filter filter, List<String> hiddenAgreements, Pageable pageable) {
        Criteria criteria = new Criteria();
        if (filter.agreementId() != null) {
            if (hiddenAgreements.contains(filter.agreementId())) {
                return Page.empty(pageable);
            }
            criteria = criteria.and("agreementId").is(filter.agreementId());
        } else if (!hiddenAgreements.isEmpty()) {
            criteria = criteria.and("agreementId").nin(hiddenAgreements);
        }
        if (filter.owner() != null && !filter.owner().isBlank()) {
            String owner = filter.owner().trim();
            criteria = criteria.orOperator(where("owner.email").regex("^" + Pattern.quote(owner) + "$", "i"),
                    where("owner.name").regex(Pattern.quote(owner), "i"));
        }
        if (filter.category() != null) {
            criteria = criteria.and("category").is(filter.category());
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            criteria = criteria.and("status").in(filter.status() == null ? ActionStatus.OPEN
                    : ActionStatus.OPEN.contains(filter.status()) ? Set.of(filter.status()) : Set.of());
            criteria = criteria.and("dueDate").lt(earliest(filter.today(), filter.dueBefore()));
        } else {
            if (filter.status() != null) {
                criteria = criteria.and("status").is(filter.status());
            }
            if (Boolean.FALSE.equals(filter.overdue())) {
                // Not overdue: closed, undated, or due today or later.
                criteria = criteria.andOperator(new Criteria().orOperator(where("status").nin(ActionStatus.OPEN),
                        where("dueDate").is(null), where("dueDate").gte(filter.today())));
            }
            if (filter.dueBefore() != null) {
                criteria = criteria.and("dueDate").lt(filter.dueBefore());
            }
        }
        Query query = Query.query(criteria);
        query.fields().exclude("progress").exclude("pendingEvents");
        long total = mongo.count(Query.query(criteria), COLLECTION);
        return new PageImpl<>(items(query.with(pageable)), pageable, total);
    }

    /** The items a query finds, read from their stored documents. */
    public List<ActionItem> items(Query query) {
        return mongo.find(query, StoredActionItem.class, COLLECTION).stream().map(StoredActionItem::toItem).toList();
    }

    private static LocalDate earliest(LocalDate today, LocalDate dueBefore) {
        return dueBefore != null && dueBefore.isBefore(today) ? dueBefore : today;
    }
}
