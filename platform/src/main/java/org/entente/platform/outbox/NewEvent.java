package org.entente.platform.outbox;

import java.util.Objects;

import org.entente.events.EventType;

/**
 * An event an aggregate caused, before it is stored: what happened, to which agreement
 * (the subject, also the Kafka record key) and the payload record.
 */
public record NewEvent(EventType type, String subject, Record payload) {

    public NewEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        if (!type.payloadType().isInstance(payload)) {
            throw new IllegalArgumentException(type.name() + " carries " + type.payloadType().getSimpleName()
                    + ", not " + (payload == null ? "null" : payload.getClass().getSimpleName()));
        }
    }
}
