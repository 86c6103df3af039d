package org.entente.notify.subscription;

import java.time.Instant;
import java.util.List;

/**
 * A subscription as the API shows it: the webhook's secret is never returned, only whether
 * one is set. The unsubscribe address is shown to its subscriber (there is no login yet).
 */
public record SubscriptionView(
        String id,
        long version,
        Subscription.Subscriber subscriber,
        Subscription.Follow follow,
        List<Channel> channels,
        Rhythm rhythm,
        WebhookView webhook,
        boolean active,
        Instant unsubscribedAt,
        String unsubscribeUrl,
        Instant createdAt,
        Instant updatedAt) {

    public record WebhookView(String url, boolean secretSet) {
    }

    public static SubscriptionView of(Subscription subscription, String notifyUrl) {
        return new SubscriptionView(subscription.id(), subscription.version(), subscription.subscriber(),
                subscription.follow(), subscription.channels(), subscription.rhythm(),
                subscription.webhook() == null ? null
                        : new WebhookView(subscription.webhook().url(), subscription.webhook().secret() != null),
                subscription.active(), subscription.unsubscribedAt(),
                notifyUrl + "/api/unsubscribe/" + subscription.unsubscribeToken(),
                subscription.createdAt(), subscription.updatedAt());
    }
}
