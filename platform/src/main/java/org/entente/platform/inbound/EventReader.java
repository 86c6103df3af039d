package org.entente.platform.inbound;

import org.entente.events.EventCatalog;
import org.entente.events.EventType;
import org.entente.platform.cloudevent.CloudEventEnvelope;
import org.springframework.messaging.Message;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/** Reads a Kafka record in CloudEvents binary mode into an {@link InboundEvent}, or refuses it. */
public class EventReader {

    private final JsonMapper json;

    public EventReader(JsonMapper json) {
        this.json = json;
    }

    public InboundEvent read(Message<byte[]> message) {
        CloudEventEnvelope envelope = CloudEventEnvelope.fromMessage(message);
        EventType type = EventCatalog.byName(envelope.type()).orElseThrow(() -> new MalformedEventException(
                "unknown event type " + envelope.type() + " (event " + envelope.id() + ")"));
        return new InboundEvent(envelope.id(), type, envelope.source(), envelope.subject(), envelope.time(),
                data(type, message.getPayload(), envelope.id()), envelope.actor());
    }

    private Record data(EventType type, byte[] payload, String id) {
        // Producers write every field, null or not: a field that is absent means a broken record.
        ObjectReader reader = json.readerFor(type.payloadType())
                .with(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);
        try {
            return reader.readValue(payload);
        } catch (JacksonException e) {
            throw new MalformedEventException("event " + id + " of type " + type.name()
                    + " has unreadable data: " + e.getOriginalMessage(), e);
        }
    }
}
