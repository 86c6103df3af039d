package org.entente.notify.agreement;

import java.util.Objects;
import java.util.Optional;

import org.entente.events.agreement.AgreementEvent;
import org.entente.events.agreement.AgreementSnapshot;
import org.entente.events.agreement.PartySnapshot;
import org.entente.platform.inbound.IdempotentWrites;
import org.entente.platform.inbound.InboundEvent;
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
                    .set("organizationIds", agreement.parties().stream().map(PartySnapshot::organizationId)
                            .filter(Objects::nonNull).distinct().toList())
                    .set("countries", agreement.parties().stream().map(PartySnapshot::country)
                            .filter(Objects::nonNull).distinct().toList())
                    .set("signedOn", agreement.signedOn())
                    .set("expiresOn", agreement.expiresOn())
                    .set("updatedAt", event.time()));
        }
    }

    public Optional<AgreementReplica> find(String agreementId) {
        return agreementId == null ? Optional.empty()
                : Optional.ofNullable(mongo.findById(agreementId, AgreementReplica.class, AgreementReplica.COLLECTION));
    }
}
