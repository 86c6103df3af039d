package org.entente.notify.timeline;

import java.time.Instant;
import java.util.Map;

/**
 * One thing that happened to an agreement. Its id is the event's id, so a redelivered
 * event finds its entry already there.
 */
public record TimelineEntry(
        String id,
        String agreementId,
        String type,
        Instant occurredAt,
        String source,
        Map<String, Object> data,
        Instant recordedAt) {

    static final String COLLECTION = "timeline";
}
