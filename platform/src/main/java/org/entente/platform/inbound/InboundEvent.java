package org.entente.platform.inbound;

import java.time.Instant;

import org.entente.events.EventType;

/**
 * A CloudEvent received from Kafka, its data already read into the catalog's payload
 * record. The id is what makes consumer effects idempotent: an effect derived from it
 * (a timeline entry's id, a delivery's id) is written once however often the event comes.
 */
public record InboundEvent(String id, EventType type, String source, String subject, Instant time, Record data,
                           String actor) {

    public <T extends Record> T data(Class<T> payloadType) {
        return payloadType.cast(data);
    }
}
