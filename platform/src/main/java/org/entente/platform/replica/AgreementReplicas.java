package org.entente.platform.replica;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.entente.events.agreement.AgreementDocumentAdded;
import org.entente.events.agreement.AgreementEvent;
import org.entente.platform.inbound.IdempotentWrites;
import org.entente.platform.inbound.InboundEvent;
import org.entente.platform.security.Caller;
import org.entente.platform.security.RestrictedAccess;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A consuming service's replica of the agreements: kept in step with agreement events under
 * one rule (a write lands only if it carries a newer version than the one stored, so
 * duplicates and late arrivals change nothing), and read. A service that consumes the
 * agreements topic imports it.
 */
public class AgreementReplicas {

    private final IdempotentWrites writes;
    private final MongoTemplate mongo;

    public AgreementReplicas(IdempotentWrites writes, MongoTemplate mongo) {
        this.writes = writes;
        this.mongo = mongo;
        writes.indexVersions(AgreementReplica.COLLECTION);
    }

    /**
     * Every agreement event carries the agreement's new state: keeps, for each agreement in the
     * batch, its newest state if that is newer than ours, in one bulk write, with the documents
     * any of its events attached. Older states in the batch are not written, since the newest
     * overwrites them at once. Returns each agreement's newest version in the batch.
     */
    public Map<String, Long> applyAll(List<InboundEvent> events) {
        Map<String, AgreementReplica> newest = new LinkedHashMap<>();
        Map<String, List<AgreementReplica.Document>> attached = new HashMap<>();
        for (InboundEvent event : events) {
            if (event.data() instanceof AgreementEvent agreementEvent) {
                AgreementReplica learnt = AgreementReplica.of(agreementEvent.agreement(), event.time());
                newest.merge(learnt.id(), learnt, (known, other) -> other.version() > known.version() ? other : known);
                if (agreementEvent instanceof AgreementDocumentAdded added) {
                    attached.computeIfAbsent(learnt.id(), id -> new ArrayList<>()).add(new AgreementReplica.Document(
                            added.documentId(), added.fileName(), added.contentType()));
                }
            }
        }
        writes.upsertAllIfNewer(AgreementReplica.COLLECTION, newest.values().stream()
                .map(agreement -> new IdempotentWrites.VersionedWrite(agreement.id(), agreement.version(),
                        withDocuments(fields(agreement), attached.get(agreement.id()))))
                .toList());
        Map<String, Long> versions = new LinkedHashMap<>();
        newest.forEach((id, agreement) -> versions.put(id, agreement.version()));
        return versions;
    }

    /** Keeps what was learnt unless the replica already holds this version or a newer one. Returns whether it wrote. */
    public boolean store(AgreementReplica agreement) {
        return writes.upsertIfNewer(AgreementReplica.COLLECTION, agreement.id(), agreement.version(), fields(agreement));
    }

    /** Documents come one event at a time, so they are added to what the replica has, never replaced. */
    private static Update withDocuments(Update update, List<AgreementReplica.Document> documents) {
        return documents == null ? update
                : update.addToSet("documents").each(documents.toArray());
    }

    /** What a snapshot tells, documents aside: those come one event at a time. */
    private static Update fields(AgreementReplica agreement) {
        return new Update()
                .set("code", agreement.code())
                .set("title", agreement.title())
                .set("status", agreement.status())
                .set("themes", agreement.themes() == null ? List.of() : agreement.themes())
                .set("confidentiality", agreement.confidentiality())
                .set("access", agreement.access())
                .set("organizationIds", AgreementReplica.distinct(agreement.organizationIds()))
                .set("countries", AgreementReplica.distinct(agreement.countries()))
                .set("signedOn", agreement.signedOn())
                .set("expiresOn", agreement.expiresOn())
                .set("updatedAt", agreement.updatedAt())
                .set("noticeDeadline", agreement.noticeDeadline())
                .set("kind", agreement.kind())
                .set("effectiveFrom", agreement.effectiveFrom())
                .set("parties", agreement.partiesOrNone())
                .set("summary", agreement.summary());
    }

    /** The replicas of these agreements, in one read. */
    public List<AgreementReplica> findAll(Collection<String> agreementIds) {
        return mongo.find(Query.query(where("_id").in(agreementIds)), AgreementReplica.class,
                AgreementReplica.COLLECTION);
    }

    public Optional<AgreementReplica> find(String agreementId) {
        return agreementId == null ? Optional.empty()
                : Optional.ofNullable(mongo.findById(agreementId, AgreementReplica.class, AgreementReplica.COLLECTION));
    }

    /** The agreement if this caller may know of it: a restricted one they are not on the list of is not there. */
    public Optional<AgreementReplica> findVisible(String agreementId, Caller caller) {
        return find(agreementId).filter(agreement -> agreement.visibleTo(caller));
    }

    /** Whether the agreement is restricted and the caller not on its access list. */
    public boolean isHidden(String agreementId, Caller caller) {
        return find(agreementId).map(agreement -> !agreement.visibleTo(caller)).orElse(false);
    }

    /** The restricted agreements the caller may not see: what lists, timelines and inboxes leave out. */
    public List<String> hiddenIds(Caller caller) {
        return RestrictedAccess.hiddenIds(mongo, AgreementReplica.COLLECTION, caller);
    }

    /** The replica of the agreement with this code that changed last (codes are unique in agreements-service). */
    public Optional<AgreementReplica> findByCode(String code) {
        return Optional.ofNullable(mongo.findOne(Query.query(where("code").is(code))
                .with(Sort.by(Sort.Direction.DESC, "updatedAt")), AgreementReplica.class, AgreementReplica.COLLECTION));
    }
}
