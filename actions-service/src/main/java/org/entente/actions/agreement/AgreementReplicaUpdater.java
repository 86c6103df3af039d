package org.entente.actions.agreement;

import java.util.function.Consumer;

import org.entente.events.agreement.AgreementStatusChanged;
import org.entente.platform.inbound.EventReader;
import org.entente.platform.inbound.InboundEvent;
import org.entente.platform.replica.AgreementReplicas;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.messaging.Message;

/** Keeps the agreement replica in step with the agreements topic, and tells the action plan. */
@Configuration(proxyBeanMethods = false)
@Import(AgreementReplicas.class)
class AgreementReplicaUpdater {

    private final AgreementReplicas replicas;
    private final ApplicationEventPublisher publisher;

    AgreementReplicaUpdater(AgreementReplicas replicas, ApplicationEventPublisher publisher) {
        this.replicas = replicas;
        this.publisher = publisher;
    }

    /** Bound to the agreements topic as {@code agreementEvents-in-0}. */
    @Bean
    Consumer<Message<byte[]>> agreementEvents(EventReader reader) {
        return message -> apply(reader.read(message));
    }

    /**
     * The action plan follows when the event is the replica's current version: a late, older
     * event does nothing, while the same event delivered again (say, after a crash between the
     * two steps) lets the plan finish what it may have left; its reactions change nothing twice.
     */
    void apply(InboundEvent event) {
        replicas.apply(event).ifPresent(stored -> publisher.publishEvent(new AgreementChanged(stored,
                event.data() instanceof AgreementStatusChanged moved ? moved.reason() : null)));
    }
}
