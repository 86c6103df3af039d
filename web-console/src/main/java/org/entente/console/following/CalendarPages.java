package org.entente.console.following;

import java.time.Instant;

import org.entente.console.Services;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The personal calendar's secret URL (renewing it stops the old one), and an agreement's calendar
 * and Atom links with the same feed token, which its page loads after it is shown.
 */
@Controller
class CalendarPages {

    /** The feed token's links as notify-service gives them; {@code {agreementId}} is filled in here. */
    public record FeedToken(String token, String calendarUrl, String atomUrl, String personalCalendarUrl, Instant issuedAt) {

        public String calendarOf(String agreementId) {
            return calendarUrl.replace("{agreementId}", agreementId);
        }

        public String atomOf(String agreementId) {
            return atomUrl.replace("{agreementId}", agreementId);
        }
    }

    private final Services services;

    CalendarPages(Services services) {
        this.services = services;
    }

    @GetMapping("/calendars")
    String calendars(Model model) {
        model.addAttribute("feeds", services.notifications().get().uri("/api/feed-token").retrieve().body(FeedToken.class));
        return "following/calendars";
    }

    @PostMapping("/calendars/renewal")
    String renew() {
        services.notifications().post().uri("/api/feed-token").retrieve().toBodilessEntity();
        return "redirect:/calendars?renewed";
    }

    /** The agreement's feed links (notify-service refuses them to a role that may not read its feeds). */
    @GetMapping("/agreements/{id}/feeds")
    String agreementFeeds(@PathVariable String id, Model model) {
        model.addAttribute("agreementId", id);
        model.addAttribute("feeds", services.notifications().get().uri("/api/feed-token").retrieve().body(FeedToken.class));
        return "following/feeds :: links";
    }
}
