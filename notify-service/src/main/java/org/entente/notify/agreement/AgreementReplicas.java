package org.entente.notify.agreement;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.entente.events.agreement.AgreementEvent;
import org.entente.events.agreement.AgreementSnapshot;
import org.entente.events.agreement.PartySnapshot;
import org.entente.platform.inbound.IdempotentWrites;
import org.entente.platform.inbound.InboundEvent;
import org.entente.platform.security.Caller;
import org.entente.platform.security.RestrictedAccess;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Keeps the agreement replica in step with agreement events, and reads it. */
@Component
public class AgreementReplicas {

    private final IdempotentWrites writes;
    private final MongoTemplate mongo;

    AgreementReplicas(IdempotentWrites writes, MongoTemplate mongo) {
        this.writes = writes;
        this.mongo = mongo;
    }

    /** Every agreement event carries the agreement's new state: keep it if it is newer than ours. */
    public void apply(InboundEvent event) {
        if (event.data() instanceof AgreementEvent agreementEvent) {
            AgreementSnapshot agreement = agreementEvent.agreement();
            writes.upsertIfNewer(AgreementReplica.COLLECTION, agreement.agreementId(), agreement.version(), new Update()
                    .set("code", agreement.code())
                    .set("title", agreement.title())
                    .set("status", agreement.status())
                    .set("themes", agreement.themes())
                    .set("confidentiality", agreement.confidentiality())
                    .set("access", agreement.access())
                    .set("organizationIds", agreement.parties().stream().map(PartySnapshot::organizationId)
                            .filter(Objects::nonNull).distinct().toList())
                    .set("countries", agreement.parties().stream().map(PartySnapshot::country)
                            .filter(Objects::nonNull).distinct().toList())
                    .set("signedOn", agreement.signedOn())
                    .set("expiresOn", agreement.expiresOn())
                    .set("updatedAt", event.time()));
        }
    }

    /** The agreement if this caller may know of it: a restricted one they are not on the list of is not there. */
    public Optional<AgreementReplica> findVisible(String agreementId, Caller caller) {
        return find(agreementId).filter(agreement -> agreement.visibleTo(caller));
    }

    /** Whether the agreement is restricted and the caller not on its access list. */
    public boolean isHidden(String agreementId, Caller caller) {
        return find(agreementId).map(agreement -> !agreement.visibleTo(caller)).orElse(false);
    }

    /** The restricted agreements the caller may not see: what timelines and inboxes leave out. */
    public List<String> hiddenIds(Caller caller) {
        return RestrictedAccess.hiddenIds(mongo, AgreementReplica.COLLECTION, caller);
    }

    public Optional<AgreementReplica> find(String agreementId) {
        return agreementId == null ? Optional.empty()
                : Optional.ofNullable(mongo.findById(agreementId, AgreementReplica.class, AgreementReplica.COLLECTION));
    }
}
