package org.entente.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.entente.events.agreement.AgreementStakeholdersAdded;
import org.entente.platform.inbound.BatchIntake;
import org.entente.platform.inbound.BatchIntakeConfiguration;
import org.entente.platform.replica.AgreementReplicas;
import org.entente.notify.notification.NotificationFanOut;
import org.entente.notify.subscription.StakeholderEnrolment;
import org.entente.notify.timeline.TimelineRecorder;
import org.entente.platform.inbound.InboundEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.messaging.Message;

/**
 * The two topics' consumers, each taking what one poll returns as a batch (a record that is
 * not an event goes to the dead-letter topic, see {@link BatchIntake}). A batch goes through
 * the same steps in order: the replica first (so matching, and the timeline's access checks,
 * see each agreement as the batch left it), then the timeline in one bulk insert, then the
 * notifications, matched for the whole batch at once: one per (event, subscription, channel),
 * sent later by the dispatcher. Every step is idempotent by event id, so a redelivery after
 * a failure, or a duplicate within the batch, repeats nothing.
 */
@Configuration(proxyBeanMethods = false)
@Import({AgreementReplicas.class, BatchIntakeConfiguration.class})
class EventIntake {

    private final BatchIntake intake;
    private final AgreementReplicas replicas;
    private final TimelineRecorder timeline;
    private final NotificationFanOut fanOut;
    private final StakeholderEnrolment stakeholders;

    EventIntake(BatchIntake intake, AgreementReplicas replicas, TimelineRecorder timeline, NotificationFanOut fanOut,
                StakeholderEnrolment stakeholders) {
        this.intake = intake;
        this.replicas = replicas;
        this.timeline = timeline;
        this.fanOut = fanOut;
        this.stakeholders = stakeholders;
    }

    /** Bound to the agreements topic as {@code agreementEvents-in-0}. */
    @Bean
    Consumer<Message<Object>> agreementEvents() {
        return batch -> intake.accept(batch, this::handle);
    }

    /** Bound to the actions topic as {@code actionEvents-in-0}. */
    @Bean
    Consumer<Message<Object>> actionEvents() {
        return batch -> intake.accept(batch, this::handle);
    }

    void handle(List<InboundEvent> events) {
        replicas.applyAll(events);
        timeline.recordAll(events);
        // Fanned out together up to each event that adds stakeholders, enrolled right after it:
        // the new stakeholders hear of what comes next, not of this nor of what came before.
        List<InboundEvent> upToHere = new ArrayList<>();
        for (InboundEvent event : events) {
            upToHere.add(event);
            if (event.data() instanceof AgreementStakeholdersAdded) {
                fanOut.fanOutAll(upToHere);
                stakeholders.enrol(event);
                upToHere.clear();
            }
        }
        if (!upToHere.isEmpty()) {
            fanOut.fanOutAll(upToHere);
        }
    }
}
