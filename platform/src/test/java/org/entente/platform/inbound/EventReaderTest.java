package org.entente.platform.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.entente.events.EventCatalog;
import org.entente.events.agreement.AgreementCreated;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import tools.jackson.databind.json.JsonMapper;

class EventReaderTest {

    static final String DATA = """
            {"agreement": {"agreementId": "a-1", "version": 1, "code": "INSP-KZ-2025-01", "kind": "MOU",
             "title": {"en": "Memorandum"}, "themes": [], "status": "DRAFT", "parties": [], "signedOn": null,
             "signedAt": null, "effectiveFrom": null, "expiresOn": null, "confidentiality": "PUBLIC", "access": null,
             "responsibleName": null, "responsibleEmail": null, "noticeDeadline": null}}
            """;

    final EventReader reader = new EventReader(JsonMapper.builder().build());

    @Test
    void readsABinaryModeCloudEventIntoItsPayloadRecord() {
        InboundEvent event = reader.read(message("ce_", DATA, "entente.agreement.created.v1"));

        assertThat(event.id()).isEqualTo("e-1");
        assertThat(event.type()).isEqualTo(EventCatalog.AGREEMENT_CREATED);
        assertThat(event.subject()).isEqualTo("a-1");
        assertThat(event.time()).isEqualTo(Instant.parse("2025-11-14T10:00:00Z"));
        assertThat(event.data(AgreementCreated.class).agreement().code()).isEqualTo("INSP-KZ-2025-01");
    }

    @Test
    void acceptsTheCanonicalAttributeNamesSpringCloudFunctionMayUse() {
        InboundEvent event = reader.read(message("ce-", DATA, "entente.agreement.created.v1"));

        assertThat(event.id()).isEqualTo("e-1");
    }

    @Test
    void refusesDataThatIsNotJson() {
        assertThatThrownBy(() -> reader.read(message("ce_", "not json", "entente.agreement.created.v1")))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("unreadable data");
    }

    @Test
    void refusesAnUnknownType() {
        assertThatThrownBy(() -> reader.read(message("ce_", DATA, "entente.unknown.thing.v1")))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("unknown event type");
    }

    @Test
    void refusesDataWithMissingFields() {
        assertThatThrownBy(() -> reader.read(message("ce_", "{\"agreement\": {\"agreementId\": \"a-1\"}}", "entente.agreement.created.v1")))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void refusesARecordWithoutAnId() {
        Message<byte[]> message = MessageBuilder.withPayload(DATA.getBytes(StandardCharsets.UTF_8))
                .setHeader("ce_type", "entente.agreement.created.v1").build();

        assertThatThrownBy(() -> reader.read(message))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("ce_id");
    }

    private static Message<byte[]> message(String prefix, String data, String type) {
        return MessageBuilder.withPayload(data.getBytes(StandardCharsets.UTF_8))
                .setHeader(prefix + "id", "e-1")
                .setHeader(prefix + "type", type)
                .setHeader(prefix + "source", "/entente/test")
                .setHeader(prefix + "subject", "a-1")
                .setHeader(prefix + "time", "2025-11-14T10:00:00Z".getBytes(StandardCharsets.UTF_8))
                .build();
    }
}
