package org.entente.notify;

import java.util.function.Consumer;

import org.entente.platform.replica.AgreementReplicas;
import org.entente.notify.notification.NotificationFanOut;
import org.entente.notify.subscription.StakeholderEnrolment;
import org.entente.notify.timeline.TimelineRecorder;
import org.entente.platform.inbound.EventReader;
import org.entente.platform.inbound.InboundEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.messaging.Message;

/**
 * The two topics' consumers. Each event goes through the same steps in order: the replica
 * first (so matching sees the agreement as the event left it), then the timeline. Every
 * step is idempotent by event id, so a redelivery after a failure repeats nothing. Then the
 * notifications: one per (event, subscription, channel), sent later by the dispatcher.
 */
@Configuration(proxyBeanMethods = false)
@Import(AgreementReplicas.class)
class EventIntake {

    private final EventReader reader;
    private final AgreementReplicas replicas;
    private final TimelineRecorder timeline;
    private final NotificationFanOut fanOut;
    private final StakeholderEnrolment stakeholders;

    EventIntake(EventReader reader, AgreementReplicas replicas, TimelineRecorder timeline, NotificationFanOut fanOut,
                StakeholderEnrolment stakeholders) {
        this.reader = reader;
        this.replicas = replicas;
        this.timeline = timeline;
        this.fanOut = fanOut;
        this.stakeholders = stakeholders;
    }

    /** Bound to the agreements topic as {@code agreementEvents-in-0}. */
    @Bean
    Consumer<Message<byte[]>> agreementEvents() {
        return message -> handle(reader.read(message));
    }

    /** Bound to the actions topic as {@code actionEvents-in-0}. */
    @Bean
    Consumer<Message<byte[]>> actionEvents() {
        return message -> handle(reader.read(message));
    }

    void handle(InboundEvent event) {
        replicas.apply(event);
        timeline.record(event);
        fanOut.fanOut(event);
        stakeholders.enrol(event); // after the fan-out: the new stakeholders hear of what comes next, not of this
    }
}
