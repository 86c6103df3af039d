package org.entente.platform.cloudevent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import org.entente.platform.inbound.MalformedEventException;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

class CloudEventEnvelopeTest {

    static final CloudEventEnvelope ENVELOPE = new CloudEventEnvelope("e-1", "/entente/agreements-service",
            "entente.agreement.created.v1", "a-1", Instant.parse("2025-11-14T10:00:00Z"), "entente-staff");

    @Test
    void writesBinaryModeKafkaHeadersAsText() {
        Message<byte[]> message = ENVELOPE.toKafkaMessage("{}".getBytes(StandardCharsets.UTF_8));

        assertThat(message.getHeaders()).containsEntry("ce_specversion", "1.0").containsEntry("ce_id", "e-1")
                .containsEntry("ce_source", "/entente/agreements-service")
                .containsEntry("ce_type", "entente.agreement.created.v1").containsEntry("ce_subject", "a-1")
                .containsEntry("ce_time", "2025-11-14T10:00:00Z").containsEntry("ce_actor", "entente-staff")
                .containsEntry("content-type", "application/json");
        assertThat((byte[]) message.getHeaders().get(KafkaHeaders.KEY)).asString(StandardCharsets.UTF_8).isEqualTo("a-1");
    }

    @Test
    void readsBackWhatItWrote() {
        assertThat(CloudEventEnvelope.fromMessage(ENVELOPE.toKafkaMessage(new byte[0]))).isEqualTo(ENVELOPE);
    }

    @Test
    void readsHeadersAsKafkaHandsThemOver() {
        assertThat(CloudEventEnvelope.fromMessage(message("ce_", true))).isEqualTo(ENVELOPE);
    }

    @Test
    void readsTheCanonicalNamesSpringCloudFunctionUses() {
        assertThat(CloudEventEnvelope.fromMessage(message("ce-", false))).isEqualTo(ENVELOPE);
    }

    @Test
    void anEventWithoutActorWasCausedByTheSystem() {
        Message<byte[]> withoutActor = MessageBuilder.fromMessage(message("ce_", true)).removeHeader("ce_actor").build();

        assertThat(CloudEventEnvelope.fromMessage(withoutActor).actor()).isEqualTo("system");
    }

    @Test
    void refusesARecordWithoutSubject() {
        Message<byte[]> withoutSubject = MessageBuilder.fromMessage(message("ce_", true)).removeHeader("ce_subject").build();

        assertThatThrownBy(() -> CloudEventEnvelope.fromMessage(withoutSubject))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("ce_subject");
    }

    @Test
    void refusesATimeThatIsNotAnInstant() {
        Message<byte[]> badTime = MessageBuilder.fromMessage(message("ce_", true)).setHeader("ce_time", "yesterday").build();

        assertThatThrownBy(() -> CloudEventEnvelope.fromMessage(badTime))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("ce_time");
    }

    @Test
    void structuredModeHoldsTheAttributesAndTheData() {
        assertThat(ENVELOPE.structured(Map.of("k", "v"))).containsExactly(
                Map.entry("specversion", "1.0"), Map.entry("id", "e-1"),
                Map.entry("source", "/entente/agreements-service"), Map.entry("type", "entente.agreement.created.v1"),
                Map.entry("subject", "a-1"), Map.entry("time", "2025-11-14T10:00:00Z"),
                Map.entry("datacontenttype", "application/json"), Map.entry("data", Map.of("k", "v")));
    }

    private static Message<byte[]> message(String prefix, boolean asBytes) {
        MessageBuilder<byte[]> builder = MessageBuilder.withPayload(new byte[0]);
        Map.of("specversion", "1.0", "id", "e-1", "source", "/entente/agreements-service",
                "type", "entente.agreement.created.v1", "subject", "a-1", "time", "2025-11-14T10:00:00Z",
                "actor", "entente-staff").forEach((name, value) -> builder.setHeader(prefix + name,
                        asBytes ? value.getBytes(StandardCharsets.UTF_8) : value));
        return builder.build();
    }
}
