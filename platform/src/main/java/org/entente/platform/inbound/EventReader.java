package org.entente.platform.inbound;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.entente.events.CloudEventHeaders;
import org.entente.events.EventCatalog;
import org.entente.events.EventType;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

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
        MessageHeaders headers = message.getHeaders();
        String id = required(headers, CloudEventHeaders.ID);
        String typeName = required(headers, CloudEventHeaders.TYPE);
        EventType type = EventCatalog.byName(typeName)
                .orElseThrow(() -> new MalformedEventException("unknown event type " + typeName + " (event " + id + ")"));
        String subject = required(headers, CloudEventHeaders.SUBJECT);
        Instant time = instant(required(headers, CloudEventHeaders.TIME), id);
        String source = required(headers, CloudEventHeaders.SOURCE);
        // Events published before actors were recorded have none: the system caused them.
        String actor = Optional.ofNullable(header(headers, CloudEventHeaders.ACTOR)).orElse("system");
        return new InboundEvent(id, type, source, subject, time, data(type, message.getPayload(), id), actor);
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

    private static Instant instant(String value, String id) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("event " + id + " has an invalid ce_time: " + value, e);
        }
    }

    /**
     * A CloudEvents attribute under its Kafka name ({@code ce_id}) or, once Spring Cloud
     * Function has put a recognised CloudEvent in canonical form, its {@code ce-id} name.
     */
    private static String required(MessageHeaders headers, String name) {
        String text = header(headers, name);
        if (text == null) {
            throw new MalformedEventException("record has no " + name + " header");
        }
        return text;
    }

    private static String header(MessageHeaders headers, String name) {
        Object value = headers.containsKey(name) ? headers.get(name) : headers.get(name.replace("ce_", "ce-"));
        String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                : value == null ? null : value.toString();
        return text == null || text.isBlank() ? null : text;
    }
}
