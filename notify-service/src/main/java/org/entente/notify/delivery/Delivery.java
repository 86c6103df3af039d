package org.entente.notify.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.entente.notify.subscription.Channel;
import org.entente.notify.subscription.Subscription;

/**
 * One notification to one subscription on one channel, and how its delivery went.
 *
 * <p>The id is derived from the event and where the notification goes (see
 * {@link #eventDeliveryId}), or from (subscription, period) for a digest, so a replayed event,
 * a second matching subscription or a second digest run finds it already there. It is also
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

    /**
     * Who receives it, not which subscription matched: the subscriber's inbox, the subscriber's
     * e-mail address, or the webhook URL. A subscriber whose several subscriptions match an
     * event is told once per inbox, address and URL.
     */
    public static String eventDeliveryId(String eventId, Subscription subscription, Channel channel) {
        String recipient = switch (channel) {
            case IN_APP -> "";
            case EMAIL -> subscription.subscriber().email() == null ? ""
                    : subscription.subscriber().email().trim().toLowerCase(Locale.ROOT);
            case WEBHOOK -> subscription.webhook() == null ? "" : subscription.webhook().url();
        };
        return nameBased("event|" + eventId + "|" + subscription.subscriber().id() + "|" + channel + "|" + recipient);
    }

    public static String digestId(String subscriptionId, String period) {
        return nameBased("digest|" + subscriptionId + "|" + period);
    }

    /** A UUID computed from the name: the same inputs always give the same id, safe in URLs and headers. */
    private static String nameBased(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
