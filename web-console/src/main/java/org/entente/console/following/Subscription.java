package org.entente.console.following;

import java.util.List;

/** A subscription as notify-service answers it (the webhook's secret is never sent back). */
public record Subscription(String id, long version, Subscriber subscriber, Follow follow, List<String> channels,
                           String rhythm, Webhook webhook, boolean active, String unsubscribeUrl) {

    public record Subscriber(String id, String name, String email, String language, String timeZone) {
    }

    public record Follow(List<String> agreementIds, List<String> organizationIds, List<String> countries,
                         List<String> themes, List<String> eventTypes) {

        /** The list of one kind ({@code agreementIds}, {@code organizationIds}, {@code countries}, {@code themes}). */
        public List<String> of(String kind) {
            List<String> values = switch (kind) {
                case "agreementIds" -> agreementIds;
                case "organizationIds" -> organizationIds;
                case "countries" -> countries;
                case "themes" -> themes;
                default -> eventTypes;
            };
            return values == null ? List.of() : values;
        }

        /** Whether this follows one kind alone, so adding to that list widens it (filters hold together). */
        boolean onlyOf(String kind) {
            return !of(kind).isEmpty() && FollowingPages.KINDS.stream().filter(other -> !other.equals(kind))
                    .allMatch(other -> of(other).isEmpty()) && of("eventTypes").isEmpty();
        }
    }

    public record Webhook(String url) {
    }

    public boolean sends(String channel) {
        return channels != null && channels.contains(channel);
    }
}
