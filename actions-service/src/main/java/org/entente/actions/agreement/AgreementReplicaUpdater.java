package org.entente.actions.agreement;

import java.util.function.Consumer;

import org.entente.events.agreement.AgreementEvent;
import org.entente.events.agreement.AgreementSnapshot;
import org.entente.events.agreement.PartySnapshot;
import org.entente.platform.inbound.EventReader;
import org.entente.platform.inbound.IdempotentWrites;
import org.entente.platform.inbound.InboundEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;

/** Keeps the agreement replica in step with the agreements topic. */
@Configuration(proxyBeanMethods = false)
class AgreementReplicaUpdater {

    private final IdempotentWrites writes;

    AgreementReplicaUpdater(IdempotentWrites writes) {
        this.writes = writes;
    }

    /** Bound to the agreements topic as {@code agreementEvents-in-0}. */
    @Bean
    Consumer<Message<byte[]>> agreementEvents(EventReader reader) {
        return message -> apply(reader.read(message));
    }

    /** Every agreement event carries the agreement's new state: keep it if it is newer than ours. */
    void apply(InboundEvent event) {
        if (event.data() instanceof AgreementEvent agreementEvent) {
            AgreementSnapshot agreement = agreementEvent.agreement();
            writes.upsertIfNewer(AgreementReplica.COLLECTION, agreement.agreementId(), agreement.version(), new Update()
                    .set("code", agreement.code())
                    .set("title", agreement.title())
                    .set("status", agreement.status())
                    .set("themes", agreement.themes())
                    .set("confidentiality", agreement.confidentiality())
                    .set("countries", agreement.parties().stream().map(PartySnapshot::country).distinct().toList())
                    .set("updatedAt", event.time()));
        }
    }
}
