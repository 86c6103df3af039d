package org.entente.platform.inbound;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * What a service whose consumers take batches imports. Its bindings set
 * {@code consumer.batch-mode=true} and {@code enable-dlq=false}: {@link BatchIntake}
 * dead-letters records itself, one by one.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntakeSettings.class)
public class BatchIntakeConfiguration {

    /** To the binder's own brokers, so the dead letters go where the records came from. */
    @Bean
    DeadLetters deadLetters(Environment environment) {
        return new DeadLetters(environment.getRequiredProperty("spring.cloud.stream.kafka.binder.brokers"),
                environment.getRequiredProperty("entente.kafka.replication-factor", Short.class));
    }

    /** The consumer group is the service's name, as every binding's {@code group} says. */
    @Bean
    BatchIntake batchIntake(EventReader reader, DeadLetters deadLetters, Environment environment,
                            IntakeSettings settings) {
        return new BatchIntake(reader, deadLetters, environment.getRequiredProperty("spring.application.name"),
                settings);
    }

    /**
     * What BatchIntake throws is a dead letter it could not send (the broker away): the batch is
     * polled again until it can, rather than skipped after the container's ten attempts.
     */
    @Bean
    ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> retryBatchesUntilTheyPass() {
        return (container, destination, group) -> container.setCommonErrorHandler(
                new DefaultErrorHandler(new FixedBackOff(1000L, FixedBackOff.UNLIMITED_ATTEMPTS)));
    }
}
