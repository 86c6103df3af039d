package org.entente.agreements.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.localstack.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.binding.BindingService;
import org.springframework.test.context.TestPropertySource;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The producer binding exists as soon as the service has started, before any event is
 * published: the first event goes out as fast as the next ones.
 */
@IntegrationTest
// A context of its own: one shared with other tests would have published already.
@TestPropertySource(properties = "entente.test.context=producer-warm-up")
class ProducerWarmUpIT {

    @Autowired
    BindingService bindings;

    @Autowired
    MeterRegistry meters;

    @Test
    void theAgreementsProducerIsBoundAtStartUpBeforeAnyPublish() {
        assertThat(meters.counter("entente.outbox.published").count()).as("events published so far").isZero();

        assertThat(bindings.getProducerBindingNames()).contains("agreements");
        assertThat(bindings.getProducerBinding("agreements").isRunning()).isTrue();
    }
}
