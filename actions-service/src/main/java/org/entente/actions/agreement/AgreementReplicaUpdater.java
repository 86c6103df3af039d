package org.entente.actions.agreement;

import java.util.function.Consumer;

import org.entente.events.agreement.AgreementEvent;
import org.entente.events.agreement.AgreementSnapshot;
import org.entente.events.agreement.AgreementStatusChanged;
import org.entente.events.agreement.PartySnapshot;
import org.entente.platform.inbound.EventReader;
import org.entente.platform.inbound.IdempotentWrites;
import org.entente.platform.inbound.InboundEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

/** Keeps the agreement replica in step with the agreements topic, and tells the action plan. */
@Configuration(proxyBeanMethods = false)
class AgreementReplicaUpdater {

    private final IdempotentWrites writes;
    private final MongoTemplate mongo;
    private final ApplicationEventPublisher publisher;

    AgreementReplicaUpdater(IdempotentWrites writes, MongoTemplate mongo, ApplicationEventPublisher publisher) {
        this.writes = writes;
        this.mongo = mongo;
        this.publisher = publisher;
    }

    /** Bound to the agreements topic as {@code agreementEvents-in-0}. */
    @Bean
    Consumer<Message<byte[]>> agreementEvents(EventReader reader) {
        return message -> apply(reader.read(message));
    }

    /**
     * Every agreement event carries the agreement's new state: keep it if it is newer than ours.
     * The action plan follows when the event is the replica's current version: a late, older
     * event does nothing, while the same event delivered again (say, after a crash between the
     * two steps) lets the plan finish what it may have left; its reactions change nothing twice.
     */
    void apply(InboundEvent event) {
        if (event.data() instanceof AgreementEvent agreementEvent) {
            AgreementSnapshot agreement = agreementEvent.agreement();
            writes.upsertIfNewer(AgreementReplica.COLLECTION, agreement.agreementId(), agreement.version(),
                    AgreementReplica.fields(agreement.code(), agreement.title(), agreement.status(), agreement.themes(),
                            agreement.confidentiality(), agreement.access(),
                            agreement.parties().stream().map(PartySnapshot::country).toList(), event.time()));
            AgreementReplica stored = mongo.findById(agreement.agreementId(), AgreementReplica.class,
                    AgreementReplica.COLLECTION);
            if (stored != null && stored.version() == agreement.version()) {
                String reason = agreementEvent instanceof AgreementStatusChanged moved ? moved.reason() : null;
                publisher.publishEvent(new AgreementChanged(stored, reason));
            }
        }
    }
}
