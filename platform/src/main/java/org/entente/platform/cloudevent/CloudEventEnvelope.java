package org.entente.platform.cloudevent;

import static org.springframework.cloud.function.cloudevent.CloudEventMessageUtils.DEFAULT_ATTR_PREFIX;
import static org.springframework.cloud.function.cloudevent.CloudEventMessageUtils.KAFKA_ATTR_PREFIX;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.entente.events.CloudEventHeaders;
import org.entente.platform.inbound.MalformedEventException;
import org.entente.platform.security.Caller;
import org.springframework.cloud.function.cloudevent.CloudEventMessageUtils;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;

/**
 * The CloudEvents 1.0 attributes of an Entente event, and the one place that maps them: to a
 * Kafka record in binary mode (what the outbox publishes), from one (what consumers read,
 * under the {@code ce_} names or the {@code ce-} ones Spring Cloud Function's canonical form
 * uses), and to structured JSON (what a webhook receives). {@code actor} is Entente's
 * extension attribute: who caused the event.
 */
public record CloudEventEnvelope(String id, String source, String type, String subject, Instant time, String actor) {

    private static final String ACTOR = "actor";
    private static final String TIME = "time";

    /**
     * A Kafka record in binary mode: each attribute a {@code ce_} header with a text value, the
     * data as the record's value, the subject as its key (so one agreement's events stay in order).
     */
    public Message<byte[]> toKafkaMessage(byte[] data) {
        return MessageBuilder.withPayload(data)
                .setHeader(KafkaHeaders.KEY, subject.getBytes(StandardCharsets.UTF_8))
                .setHeader(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0)
                .setHeader(CloudEventHeaders.ID, id)
                .setHeader(CloudEventHeaders.SOURCE, source)
                .setHeader(CloudEventHeaders.TYPE, type)
                .setHeader(CloudEventHeaders.SUBJECT, subject)
                .setHeader(CloudEventHeaders.TIME, time.toString())
                .setHeader(CloudEventHeaders.ACTOR, actor)
                .setHeader(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON)
                .build();
    }

    /**
     * The attributes of a binary-mode record, whichever prefix its headers carry.
     *
     * @throws MalformedEventException when a required attribute is missing or the time is not an instant
     */
    public static CloudEventEnvelope fromMessage(Message<?> message) {
        String id = required(CloudEventMessageUtils.getId(message), CloudEventHeaders.ID);
        String type = required(CloudEventMessageUtils.getType(message), CloudEventHeaders.TYPE);
        String subject = required(CloudEventMessageUtils.getSubject(message), CloudEventHeaders.SUBJECT);
        // Read as text: Spring Cloud Function parses only String values, and Kafka hands over bytes.
        String source = required(attribute(message.getHeaders(), "source"), CloudEventHeaders.SOURCE);
        String time = required(attribute(message.getHeaders(), TIME), CloudEventHeaders.TIME);
        // Events published before actors were recorded have none: the system caused them.
        String actor = Optional.ofNullable(attribute(message.getHeaders(), ACTOR)).orElse(Caller.SYSTEM.subject());
        return new CloudEventEnvelope(id, source, type, subject, instant(time, id), actor);
    }

    /** Structured JSON mode: the attributes and the data in one document (the actor stays internal). */
    public Map<String, Object> structured(Object data) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", CloudEventHeaders.SPEC_VERSION_1_0);
        event.put("id", id);
        event.put("source", source);
        event.put("type", type);
        event.put("subject", subject);
        event.put(TIME, time.toString());
        event.put("datacontenttype", CloudEventHeaders.JSON);
        event.put("data", data);
        return event;
    }

    private static String attribute(MessageHeaders headers, String name) {
        Object value = headers.containsKey(KAFKA_ATTR_PREFIX + name) ? headers.get(KAFKA_ATTR_PREFIX + name)
                : headers.get(DEFAULT_ATTR_PREFIX + name);
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                : value == null ? null : value.toString();
    }

    private static String required(String value, String header) {
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("record has no " + header + " header");
        }
        return value;
    }

    private static Instant instant(String value, String id) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("event " + id + " has an invalid ce_time: " + value, e);
        }
    }
}
