package org.entente.console.unsubscribe;

import java.util.List;

import org.entente.console.ConsoleLanguage;
import org.entente.console.ConsoleProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;

/**
 * Where an e-mail's unsubscribe link lands, without signing in: the link's token alone stops the
 * subscription (notify-service checks it), the page says what stopped, in the subscriber's
 * language, and offers to undo it.
 */
@Controller
class UnsubscribePages {

    /** What notify-service says the subscription sends, and whether it still does. */
    public record Unsubscribed(String subscriptionId, String subscriberName, String language, Follow follow,
                               List<String> channels, String rhythm, boolean active) {
    }

    public record Follow(List<String> agreementIds, List<String> organizationIds, List<String> countries,
                         List<String> themes) {
    }

    private final RestClient notify;

    /** No user token: the reader is not signed in, the link's token is what notify-service checks. */
    UnsubscribePages(RestClient.Builder builder, ConsoleProperties properties) {
        this.notify = builder.clone().baseUrl(properties.notifyUrl().toString()).build();
    }

    /** The link from the e-mail: first in the subscriber's language, then it stops the subscription. */
    @GetMapping("/unsubscribe/{token}")
    String land(@PathVariable String token, @RequestParam(required = false) String lang, Model model) {
        if (lang == null) {
            Unsubscribed subscription = notify.get().uri("/api/unsubscribe/{token}", token).retrieve().body(Unsubscribed.class);
            return "redirect:/unsubscribe/" + token + "?lang=" + ConsoleLanguage.of(subscription.language()).getLanguage();
        }
        return stop(token, model);
    }

    @PostMapping("/unsubscribe/{token}")
    String stop(@PathVariable String token, Model model) {
        return show(token, notify.post().uri("/api/unsubscribe/{token}", token).retrieve().body(Unsubscribed.class), model);
    }

    @PostMapping("/unsubscribe/{token}/undo")
    String undo(@PathVariable String token, Model model) {
        return show(token, notify.post().uri("/api/unsubscribe/{token}/undo", token).retrieve().body(Unsubscribed.class),
                model);
    }

    private static String show(String token, Unsubscribed subscription, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("subscription", subscription);
        return "unsubscribe/unsubscribe";
    }
}
