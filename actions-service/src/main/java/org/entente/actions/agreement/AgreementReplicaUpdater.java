package org.entente.actions.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.entente.events.agreement.AgreementStatusChanged;
import org.entente.platform.inbound.BatchIntake;
import org.entente.platform.inbound.BatchIntakeConfiguration;
import org.entente.platform.inbound.InboundEvent;
import org.entente.platform.replica.AgreementReplica;
import org.entente.platform.replica.AgreementReplicas;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.messaging.Message;

/**
 * Keeps the agreement replica in step with the agreements topic, a polled batch at a time
 * (one bulk write, see {@link BatchIntake}), and tells the action plan.
 */
@Configuration(proxyBeanMethods = false)
@Import({AgreementReplicas.class, BatchIntakeConfiguration.class})
class AgreementReplicaUpdater {

    private final BatchIntake intake;
    private final AgreementReplicas replicas;
    private final ApplicationEventPublisher publisher;

    AgreementReplicaUpdater(BatchIntake intake, AgreementReplicas replicas, ApplicationEventPublisher publisher) {
        this.intake = intake;
        this.replicas = replicas;
        this.publisher = publisher;
    }

    /** Bound to the agreements topic as {@code agreementEvents-in-0}. */
    @Bean
    Consumer<Message<Object>> agreementEvents() {
        return batch -> intake.accept(batch, this::apply);
    }

    /**
     * The action plans follow the agreements the batch carried, each once, when the replica stands at
     * the batch's newest version of it: a late, older batch does nothing, while the same batch
     * delivered again (say, after a crash between the two steps) lets the plan finish what it may
     * have left; its reactions change nothing twice. The reason is that of the batch's last
     * status change of the agreement.
     */
    void apply(List<InboundEvent> events) {
        Map<String, Long> newest = replicas.applyAll(events);
        Map<String, String> reasons = new HashMap<>();
        for (InboundEvent event : events) {
            if (event.data() instanceof AgreementStatusChanged moved) {
                reasons.put(moved.agreement().agreementId(), moved.reason());
            }
        }
        List<AgreementChanged.Agreement> changed = new ArrayList<>();
        for (AgreementReplica stored : replicas.findAll(newest.keySet())) {
            if (stored.version() == newest.get(stored.id())) {
                changed.add(new AgreementChanged.Agreement(stored, reasons.get(stored.id())));
            }
        }
        if (!changed.isEmpty()) {
            publisher.publishEvent(new AgreementChanged(changed));
        }
    }
}
