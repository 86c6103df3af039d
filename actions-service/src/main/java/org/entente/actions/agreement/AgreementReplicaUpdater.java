package org.entente.actions.agreement;

import java.util.function.Consumer;

import org.entente.events.EventCatalog;
import org.entente.events.agreement.AgreementCreated;
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

    void apply(InboundEvent event) {
        if (event.type().equals(EventCatalog.AGREEMENT_CREATED)) {
            AgreementCreated created = event.data(AgreementCreated.class);
            writes.upsertIfNewer(AgreementReplica.COLLECTION, created.agreementId(), created.version(), new Update()
                    .set("code", created.code())
                    .set("title", created.title())
                    .set("status", created.status())
                    .set("countries", created.parties().stream().map(PartySnapshot::country).distinct().toList())
                    .set("updatedAt", event.time()));
        }
    }
}
