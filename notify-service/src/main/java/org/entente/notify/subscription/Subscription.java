package org.entente.notify.subscription;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.entente.platform.outbox.Aggregate;
import org.entente.platform.security.Caller;
import org.entente.platform.security.Role;
import org.entente.platform.web.ProblemException;

/**
 * What a stakeholder follows, and how and when they hear about it. Stored with a version
 * (ETag / If-Match), no events: notify-service publishes nothing about subscriptions.
 *
 * <p>{@code match} holds the filters as matching queries them: each list, or {@code ["*"]}
 * when the filter is empty (follow all), so one indexed {@code $in} per filter finds the
 * subscriptions an event concerns without reading the others.
 */
public record Subscription(
        String id,
        long version,
        Subscriber subscriber,
        /* The subscriber's roles when they subscribed themselves (from their token): restricted agreements check them. */
        List<String> subscriberRoles,
        Follow follow,
        List<Channel> channels,
        Rhythm rhythm,
        Webhook webhook,
        String unsubscribeToken,
        boolean active,
        Instant unsubscribedAt,
        MatchKeys match,
        Instant createdAt,
        Instant updatedAt) implements Aggregate {

    public static final String COLLECTION = "subscriptions";
    public static final String ALL = "*";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Who subscribes; language {@code fr} or {@code en}; an IANA time zone for digests. */
    public record Subscriber(String id, String name, String email, String language, String timeZone) {
    }

    /** What to follow; an empty list follows everything of that kind. */
    public record Follow(List<String> agreementIds, List<String> organizationIds, List<String> countries,
                         List<String> themes, List<String> eventTypes) {

        static Follow everything() {
            return new Follow(List.of(), List.of(), List.of(), List.of(), List.of());
        }
    }

    /** Where webhooks go and the secret that signs them ({@code whsec_<base64>}); never shown. */
    public record Webhook(String url, String secret) {

        /** Without the secret: a subscription may end up in a log or an exception message. */
        @Override
        public String toString() {
            return "Webhook[url=" + url + ", secret=" + (secret == null ? "none" : "***") + "]";
        }
    }

    public record MatchKeys(List<String> agreements, List<String> organizations, List<String> countries,
                            List<String> themes, List<String> types) {

        static MatchKeys of(Follow follow) {
            return new MatchKeys(keys(follow.agreementIds()), keys(follow.organizationIds()), keys(follow.countries()),
                    keys(follow.themes()), keys(follow.eventTypes()));
        }

        private static List<String> keys(List<String> values) {
            return values.isEmpty() ? List.of(ALL) : values;
        }
    }

    /** What a client sends to create or replace; already validated. */
    public record Details(Subscriber subscriber, Follow follow, List<Channel> channels, Rhythm rhythm, Webhook webhook) {
    }

    static Subscription create(Details details, List<String> subscriberRoles, Instant now) {
        return new Subscription(UUID.randomUUID().toString(), 1, details.subscriber(), subscriberRoles, details.follow(),
                details.channels(), details.rhythm(), details.webhook(), newToken(), true, null,
                MatchKeys.of(details.follow()), now, now);
    }

    /** A subscription the system makes for someone under a known id (an approver's standing one). */
    public static Subscription standing(String id, Details details, List<String> subscriberRoles, Instant now) {
        return new Subscription(id, 1, details.subscriber(), subscriberRoles, details.follow(), details.channels(),
                details.rhythm(), details.webhook(), newToken(), true, null, MatchKeys.of(details.follow()), now, now);
    }

    /** The new state after a PUT; a webhook sent without its secret keeps the one stored. */
    Subscription replace(Details details, List<String> subscriberRoles, Instant now) {
        Webhook hook = details.webhook();
        if (hook != null && hook.secret() == null && webhook != null) {
            hook = new Webhook(hook.url(), webhook.secret());
        }
        return new Subscription(id, version, details.subscriber(), subscriberRoles, details.follow(), details.channels(),
                details.rhythm(), hook, unsubscribeToken, active, unsubscribedAt, MatchKeys.of(details.follow()),
                createdAt, now);
    }

    public Subscription unsubscribe(Instant now) {
        return new Subscription(id, version, subscriber, subscriberRoles, follow, channels, rhythm, webhook,
                unsubscribeToken, false,
                now, match, createdAt, now);
    }

    /** Sending again after an unsubscribe (its undo), as it was before. */
    public Subscription resubscribe(Instant now) {
        return new Subscription(id, version, subscriber, subscriberRoles, follow, channels, rhythm, webhook,
                unsubscribeToken, true, null, match, createdAt, now);
    }

    /** The subscriber as a recipient: who a restricted agreement's access list is checked against. */
    public Caller recipient() {
        return new Caller(subscriber.id(), subscriber.name(), Role.allNamed(subscriberRoles));
    }

    /** Stakeholders act for themselves only: a subscriber id other than their token's subject is a 403. */
    public static void requireSelfOrAdmin(String subscriberId) {
        Caller caller = Caller.current();
        if (!caller.actsFor(subscriberId)) {
            throw ProblemException.forbidden("subscriber.id: you may only manage your own subscriptions and inbox; "
                    + "your id is " + caller.subject() + ".");
        }
    }

    /** Whether this caller owns the subscription (or administers the system). */
    public boolean ownedBy(Caller caller) {
        return caller.actsFor(subscriber.id());
    }

    /** 32 random bytes, URL-safe: unguessable, and usable in a link as it is. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
