package org.entente.console.following;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.entente.console.ConsoleLanguage;
import org.entente.console.ConsoleProperties;
import org.entente.console.Page;
import org.entente.console.Services;
import org.entente.console.form.FormErrors;
import org.entente.console.form.Problem;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the user follows, and how they hear of it. "Follow" widens a subscription that follows only
 * that kind of thing (filters of one subscription hold together, so adding a country to one that
 * follows a theme would narrow it), or makes a new in-app one. notify-service checks everything.
 */
@Controller
class FollowingPages {

    static final List<String> KINDS = List.of("agreementIds", "organizationIds", "countries", "themes");
    static final List<String> CHANNELS = List.of("IN_APP", "EMAIL", "WEBHOOK");
    static final List<String> RHYTHMS = List.of("IMMEDIATE", "DAILY_DIGEST", "WEEKLY_DIGEST");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ParameterizedTypeReference<Page<Subscription>> SUBSCRIPTIONS = new ParameterizedTypeReference<>() {
    };

    private final Services services;
    private final ConsoleProperties properties;

    FollowingPages(Services services, ConsoleProperties properties) {
        this.services = services;
        this.properties = properties;
    }

    @GetMapping("/following")
    String following(@AuthenticationPrincipal OidcUser user, Model model) {
        model.addAttribute("subscriptions", mine(user));
        model.addAttribute("kinds", KINDS);
        model.addAttribute("channels", CHANNELS);
        model.addAttribute("rhythms", RHYTHMS);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.NONE);
        }
        return "following/following";
    }

    /** The follow control of an agreement, an organization, a country or a theme. */
    @PostMapping("/following")
    String follow(@AuthenticationPrincipal OidcUser user, @RequestParam String kind, @RequestParam String value,
                  Model model, RedirectAttributes redirect) {
        if (!KINDS.contains(kind)) {
            // Only a hand-made form names another kind.
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "kind must be one of " + KINDS);
        }
        Optional<Subscription> widened = mine(user).stream().filter(Subscription::active)
                .filter(subscription -> subscription.follow().onlyOf(kind)).findFirst();
        try {
            if (widened.isPresent()) {
                Subscription current = widened.get();
                if (!current.follow().of(kind).contains(value)) {
                    Map<String, Object> body = body(current);
                    List<String> values = new ArrayList<>(current.follow().of(kind));
                    values.add(value);
                    follow(body).put(kind, values);
                    replace(current, body);
                }
            } else {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("subscriber", Map.of("id", user.getSubject(), "name", String.valueOf(user.getFullName()),
                        "language", ConsoleLanguage.of(LocaleContextHolder.getLocale().getLanguage()).getLanguage(),
                        "timeZone", properties.timeZone().getId()));
                body.put("follow", Map.of(kind, List.of(value)));
                body.put("channels", List.of("IN_APP"));
                body.put("rhythm", "IMMEDIATE");
                services.notifications().post().uri("/api/subscriptions").body(body).retrieve().toBodilessEntity();
            }
        } catch (RestClientResponseException refused) {
            model.addAttribute("errors", FormErrors.of(Problem.of(refused)));
            return following(user, model);
        }
        redirect.addFlashAttribute("followed", value);
        return "redirect:/following";
    }

    /** Channels, rhythm, address, language and time zone; a webhook set up here gets a secret shown once. */
    @PostMapping("/following/{id}")
    String edit(@AuthenticationPrincipal OidcUser user, @PathVariable String id,
                @RequestParam(defaultValue = "") List<String> channels, @RequestParam String rhythm,
                @RequestParam(defaultValue = "") String email, @RequestParam String language,
                @RequestParam String timeZone, @RequestParam(defaultValue = "") String webhookUrl,
                Model model, RedirectAttributes redirect) {
        Subscription current = read(id);
        Map<String, Object> body = body(current);
        Map<String, Object> subscriber = new LinkedHashMap<>();
        subscriber.put("id", current.subscriber().id());
        subscriber.put("name", current.subscriber().name());
        subscriber.put("email", StringUtils.hasText(email) ? email.trim() : null);
        subscriber.put("language", language);
        subscriber.put("timeZone", timeZone.trim());
        body.put("subscriber", subscriber);
        body.put("channels", channels);
        body.put("rhythm", rhythm);
        String secret = null;
        if (channels.contains("WEBHOOK") || StringUtils.hasText(webhookUrl)) {
            Map<String, Object> webhook = new LinkedHashMap<>();
            webhook.put("url", webhookUrl.trim());
            if (current.webhook() == null) {
                secret = newSecret();
                webhook.put("secret", secret);
            }
            body.put("webhook", webhook);
        } else {
            body.put("webhook", null);
        }
        try {
            replace(current, body);
        } catch (RestClientResponseException refused) {
            model.addAttribute("errors", FormErrors.of(Problem.of(refused)));
            model.addAttribute("editing", id);
            return following(user, model);
        }
        redirect.addFlashAttribute("saved", id);
        if (secret != null) {
            redirect.addFlashAttribute("webhookSecret", secret);
        }
        return "redirect:/following";
    }

    @PostMapping("/following/{id}/delete")
    String stop(@AuthenticationPrincipal OidcUser user, @PathVariable String id, @RequestParam long version, Model model) {
        try {
            services.notifications().delete().uri("/api/subscriptions/{id}", id)
                    .header(HttpHeaders.IF_MATCH, "\"" + version + "\"").retrieve().toBodilessEntity();
        } catch (RestClientResponseException refused) {
            model.addAttribute("errors", FormErrors.of(Problem.of(refused)));
            return following(user, model);
        }
        return "redirect:/following";
    }

    private List<Subscription> mine(OidcUser user) {
        return services.notifications().get().uri("/api/subscriptions?subscriberId={id}&size=100", user.getSubject())
                .retrieve().body(SUBSCRIPTIONS).items();
    }

    private Subscription read(String id) {
        return services.notifications().get().uri("/api/subscriptions/{id}", id).retrieve().body(Subscription.class);
    }

    private void replace(Subscription current, Map<String, Object> body) {
        services.notifications().put().uri("/api/subscriptions/{id}", current.id())
                .header(HttpHeaders.IF_MATCH, "\"" + current.version() + "\"").body(body).retrieve().toBodilessEntity();
    }

    /** What a PUT sends to keep the subscription as it is; the webhook without its secret keeps the stored one. */
    private static Map<String, Object> body(Subscription current) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subscriber", current.subscriber());
        Map<String, Object> follow = new LinkedHashMap<>();
        for (String kind : KINDS) {
            follow.put(kind, current.follow().of(kind));
        }
        follow.put("eventTypes", current.follow().of("eventTypes"));
        body.put("follow", follow);
        body.put("channels", current.channels());
        body.put("rhythm", current.rhythm());
        body.put("webhook", current.webhook() == null ? null : Map.of("url", current.webhook().url()));
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> follow(Map<String, Object> body) {
        return (Map<String, Object>) body.get("follow");
    }

    /** A Standard Webhooks secret: {@code whsec_} and 32 random bytes in base64. */
    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getEncoder().encodeToString(bytes);
    }
}
