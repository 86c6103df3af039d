package org.entente.agreements.agreement;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.entente.platform.domain.Refusal;
import org.entente.platform.outbox.AggregateStore;
import org.entente.platform.outbox.AggregateStores;
import org.entente.platform.security.Caller;
import org.entente.platform.security.RestrictedAccess;
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

/** Reads of the agreements collection, and its indexes. */
@Configuration(proxyBeanMethods = false)
public class AgreementQueries {

    static final String COLLECTION = "agreements";
    static final Set<String> SORTABLE = Set.of("code", "status", "createdAt", "updatedAt", "signedOn", "expiresOn");

    /**
     * The filters of the agreement list (and of its export); null means "any". {@code responsible} is the
     * responsible staff member's e-mail, their identity, matched ignoring case.
     */
    public record Filter(String q, AgreementStatus status, AgreementKind kind, String country, String organizationId,
                  String theme, LocalDate expiringBefore, String responsible) {
    }

    private final MongoTemplate mongo;

    AgreementQueries(MongoTemplate mongo) {
        this.mongo = mongo;
        // The reference code is what people search and cite: it must be unique.
        mongo.indexOps(COLLECTION).createIndex(new Index("code", Sort.Direction.ASC).unique());
        mongo.indexOps(COLLECTION).createIndex(new Index("parties.organizationId", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("status", Sort.Direction.ASC).on("expiresOn", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("review.status", Sort.Direction.ASC)); // "waiting for me"
        mongo.indexOps(COLLECTION).createIndex(new Index().on("status", Sort.Direction.ASC)
                .on("noticeDeadline", Sort.Direction.ASC));
    }

    @Bean
    AggregateStore<Agreement> agreementStore(AggregateStores stores) {
        return stores.of(StoredAgreement.STORAGE, COLLECTION, "agreement",
                agreement -> agreement.visibleTo(Caller.current()))
                .refusingDuplicates(agreement -> duplicateCode(agreement.details().code()));
    }

    /** The code is unique: a second agreement with it is refused, naming the first when the caller may see it. */
    private Refusal duplicateCode(String code) {
        return findByCode(code)
                .map(existing -> Refusal.conflict("An agreement with code " + code + " already exists (id "
                        + existing.id() + ").").with("existingId", existing.id()))
                .orElseGet(() -> Refusal.conflict("An agreement with code " + code + " already exists."));
    }

    /** Whether the agreement exists for the current caller (a restricted one they may not see does not). */
    public boolean exists(String id) {
        return visibleOnly(mongo.findById(id, StoredAgreement.class, COLLECTION)).isPresent();
    }

    /** The ids of the restricted agreements the current caller may not see: what lists of related things leave out. */
    public List<String> hiddenIds() {
        return RestrictedAccess.hiddenIds(mongo, COLLECTION, Caller.current());
    }

    /**
     * The criteria, and the caller's restriction if they have one. Joined with $and: both may be
     * key-less (an unfiltered list, an $or), and a query holds one criteria per key.
     */
    private static Query visible(Criteria criteria) {
        return Query.query(RestrictedAccess.visibleTo(Caller.current(), "")
                .map(restriction -> new Criteria().andOperator(criteria, restriction)).orElse(criteria));
    }

    /** The agreement with this code, if the current caller may see it (the spreadsheet import matches by code). */
    public Optional<Agreement> findByCode(String code) {
        return visibleOnly(mongo.findOne(Query.query(where("code").is(code)), StoredAgreement.class, COLLECTION));
    }

    /**
     * The agreements the caller may see among those with these codes, by code, in one query
     * (served by the code's unique index, as {@link #findByCode} is).
     */
    public Map<String, Agreement> findByCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return mongo.find(Query.query(where("code").in(codes)), StoredAgreement.class, COLLECTION).stream()
                .map(StoredAgreement::toAgreement).filter(agreement -> agreement.visibleTo(Caller.current()))
                .collect(Collectors.toMap(agreement -> agreement.details().code(), agreement -> agreement));
    }

    /**
     * Read by the unique key alone, then checked against the caller by the domain's rule: a query
     * that also carried the restriction would not be served by the index on the embedded store,
     * which then reads the whole collection (the import looks up every row's code).
     */
    private static Optional<Agreement> visibleOnly(StoredAgreement stored) {
        return Optional.ofNullable(stored).map(StoredAgreement::toAgreement)
                .filter(agreement -> agreement.visibleTo(Caller.current()));
    }

    public Page<Agreement> list(Filter filter, Pageable pageable) {
        Criteria criteria = new Criteria();
        if (filter.q() != null && !filter.q().isBlank()) {
            criteria = criteria.and("searchKeys").regex(SearchText.containing(filter.q()));
        }
        if (filter.status() != null) {
            criteria = criteria.and("status").is(filter.status());
        }
        if (filter.kind() != null) {
            criteria = criteria.and("kind").is(filter.kind());
        }
        if (filter.country() != null) {
            criteria = criteria.and("parties.country").is(filter.country());
        }
        if (filter.organizationId() != null) {
            criteria = criteria.and("parties.organizationId").is(filter.organizationId());
        }
        if (filter.theme() != null) {
            criteria = criteria.and("themes").is(filter.theme());
        }
        if (filter.expiringBefore() != null) {
            criteria = criteria.and("expiresOn").lt(filter.expiringBefore());
        }
        if (filter.responsible() != null) {
            criteria = criteria.and("responsible.email").regex("^" + Pattern.quote(filter.responsible().trim()) + "$", "i");
        }
        Query query = visible(criteria);
        long total = mongo.count(query, COLLECTION);
        return new PageImpl<>(mongo.find(query.with(pageable), StoredAgreement.class, COLLECTION).stream()
                .map(StoredAgreement::toAgreement).toList(), pageable, total);
    }

    /** The agreements the caller may see that match the criteria, unpaged: for small sets such as open reviews. */
    public List<Agreement> find(Criteria criteria) {
        return mongo.find(visible(criteria), StoredAgreement.class, COLLECTION).stream()
                .map(StoredAgreement::toAgreement).toList();
    }

    /** Running agreements ({@link AgreementStatus#RUNNING}) whose expiry date is before {@code limit}: what the daily job looks at. */
    List<Agreement> expiringBefore(LocalDate limit) {
        return mongo.find(Query.query(where("status").in(AgreementStatus.RUNNING)
                .and("expiresOn").lt(limit)), StoredAgreement.class, COLLECTION).stream()
                .map(StoredAgreement::toAgreement).toList();
    }

    /** Running agreements whose renewal notice deadline is before {@code limit}: the daily job's reminders. */
    List<Agreement> noticeDueBefore(LocalDate limit) {
        return mongo.find(Query.query(where("status").in(AgreementStatus.RUNNING)
                .and("noticeDeadline").lt(limit)), StoredAgreement.class, COLLECTION).stream()
                .map(StoredAgreement::toAgreement).toList();
    }
}
