package org.entente.notify.subscription;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.entente.platform.validation.CountryCode;
import org.entente.platform.web.ProblemDetailsAdvice.FieldProblem;
import org.entente.platform.web.ProblemException;

/** A subscription as a client sends it, to create (POST) or replace (PUT). */
public record SubscriptionRequest(
        @NotNull @Valid SubscriberRequest subscriber,
        @Valid FollowRequest follow,
        @NotEmpty @Size(max = 3) List<@NotNull Channel> channels,
        Rhythm rhythm,
        @Valid WebhookRequest webhook) {

    static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._@:-]*";

    public record SubscriberRequest(
            @NotBlank @Size(max = 100) @Pattern(regexp = ID_PATTERN, message = "must be letters, digits and . _ @ : -") String id,
            @Size(max = 200) String name,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = "fr|en", message = "must be fr or en") String language,
            @Size(max = 60) String timeZone) {
    }

    public record FollowRequest(
            @Size(max = 100) List<@NotBlank @Size(max = 100) String> agreementIds,
            @Size(max = 100) List<@NotBlank @Size(max = 100) String> organizationIds,
            @Size(max = 100) List<@NotNull @CountryCode String> countries,
            @Size(max = 100) List<@NotNull @Size(max = 50) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                    message = "must be a lower-case tag such as digital-transformation") String> themes,
            @Size(max = 50) List<@NotNull @EventTypeName String> eventTypes) {
    }

    public record WebhookRequest(
            @NotBlank @Size(max = 2000) String url,
            @Size(max = 200) String secret) {

        /** Without the secret, as {@link Subscription.Webhook#toString()}. */
        @Override
        public String toString() {
            return "WebhookRequest[url=" + url + ", secret=" + (secret == null ? "none" : "***") + "]";
        }
    }

    /**
     * The rules that span fields, all reported at once; then the subscription's details.
     *
     * @param creating a new subscription needs its webhook secret; a replacement may keep the stored one
     */
    Subscription.Details details(boolean creating) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Channel> distinctChannels = List.copyOf(new LinkedHashSet<>(channels));
        Rhythm chosenRhythm = rhythm == null ? Rhythm.IMMEDIATE : rhythm;
        boolean email = distinctChannels.contains(Channel.EMAIL);
        if (email && blank(subscriber.email())) {
            problems.add(new FieldProblem("subscriber.email", "is required for the EMAIL channel"));
        }
        if (chosenRhythm.digest() && !email) {
            problems.add(new FieldProblem("rhythm", "a digest is sent by e-mail: add EMAIL to channels or choose IMMEDIATE"));
        }
        String zone = blank(subscriber.timeZone()) ? "UTC" : subscriber.timeZone();
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            problems.add(new FieldProblem("subscriber.timeZone", "must be a time zone such as Europe/Paris or Asia/Almaty"));
        }
        Subscription.Webhook hook = null;
        if (distinctChannels.contains(Channel.WEBHOOK)) {
            if (webhook == null) {
                problems.add(new FieldProblem("webhook", "is required for the WEBHOOK channel"));
            } else {
                checkUrl(webhook.url(), problems);
                if (webhook.secret() == null && creating) {
                    problems.add(new FieldProblem("webhook.secret", "is required: whsec_ followed by 24 to 64 random bytes in base64"));
                } else if (webhook.secret() != null && !validSecret(webhook.secret())) {
                    problems.add(new FieldProblem("webhook.secret", "must be whsec_ followed by 24 to 64 random bytes in base64"));
                }
                hook = new Subscription.Webhook(webhook.url(), webhook.secret());
            }
        } else if (webhook != null) {
            problems.add(new FieldProblem("webhook", "is only for the WEBHOOK channel; add WEBHOOK to channels or remove it"));
        }
        FollowRequest given = follow == null ? new FollowRequest(null, null, null, null, null) : follow;
        List<String> types = list(given.eventTypes());
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        Subscription.Subscriber who = new Subscription.Subscriber(subscriber.id(), trimmed(subscriber.name()),
                trimmed(subscriber.email()), subscriber.language() == null ? "en" : subscriber.language(), zone);
        Subscription.Follow what = new Subscription.Follow(list(given.agreementIds()), list(given.organizationIds()),
                list(given.countries()), list(given.themes()), types);
        return new Subscription.Details(who, what, distinctChannels, chosenRhythm, hook);
    }

    /**
     * An absolute http(s) address; whether its scheme and host are acceptable destinations is
     * {@code WebhookTargets}' to say (422), once the request is well formed.
     */
    private static void checkUrl(String url, List<FieldProblem> problems) {
        try {
            URI uri = new URI(url);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                problems.add(new FieldProblem("webhook.url", "must be an absolute http or https address"));
            }
        } catch (URISyntaxException e) {
            problems.add(new FieldProblem("webhook.url", "must be an absolute http or https address"));
        }
    }

    static boolean validSecret(String secret) {
        if (!secret.startsWith("whsec_")) {
            return false;
        }
        try {
            int length = Base64.getDecoder().decode(secret.substring("whsec_".length())).length;
            return length >= 24 && length <= 64;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).map(String::trim).distinct().toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trimmed(String value) {
        return blank(value) ? null : value.trim();
    }
}
