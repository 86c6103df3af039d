package org.entente.notify.timeline;

import java.time.Instant;
import java.util.Map;

/**
 * One thing that happened, as the timeline keeps it. Its id is the event's id, so a
 * redelivered event finds its entry already there. {@code agreementId} is the event's
 * subject: the agreement, or for an organization or a visit attached to no agreement its own
 * id. {@code actor} is who caused it (the event's {@code ce_actor}: a token subject, or {@code system}).
 */
public record TimelineEntry(
        String id,
        String agreementId,
        String type,
        Instant occurredAt,
        String source,
        String actor,
        Map<String, Object> data,
        Instant recordedAt) {

    public static final String COLLECTION = "timeline";
}
