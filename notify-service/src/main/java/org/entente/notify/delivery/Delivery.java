package org.entente.notify.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.entente.notify.subscription.Channel;

/**
 * One notification to one subscription on one channel, and how its delivery went.
 *
 * <p>The id is derived from (event, subscription, channel), or (subscription, period) for a
 * digest, so a replayed event or a second digest run finds it already there. It is also
 * the {@code webhook-id}: stable across retries, so receivers can drop duplicates.
 * {@code claim} marks the dispatcher run that holds it; {@code readAt} is for the inbox.
 */
public record Delivery(
        String id,
        Kind kind,
        List<String> eventIds,
        String eventType,
        String agreementId,
        Instant occurredAt,
        String subscriptionId,
        String subscriberId,
        Channel channel,
        DeliveryStatus status,
        int attempts,
        String lastError,
        Instant nextAttemptAt,
        String claim,
        Instant sentAt,
        Instant readAt,
        String period,
        Instant createdAt,
        Instant updatedAt) {

    public static final String COLLECTION = "deliveries";

    /** One event, or a digest of several. */
    public enum Kind {
        EVENT, DIGEST
    }

    public static String eventDeliveryId(String eventId, String subscriptionId, Channel channel) {
        return nameBased("event|" + eventId + "|" + subscriptionId + "|" + channel);
    }

    public static String digestId(String subscriptionId, String period) {
        return nameBased("digest|" + subscriptionId + "|" + period);
    }

    /** A UUID computed from the name: the same inputs always give the same id, safe in URLs and headers. */
    private static String nameBased(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
