package org.entente.console.inbox;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.entente.console.Services;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientException;

/** The in-app notifications, newest first, and the unread count every page's header polls. */
@Controller
class InboxPages {

    public record Item(String id, String agreementId, Instant occurredAt, String summary, String link, Instant readAt) {
    }

    public record Inbox(long unreadCount, List<Item> items, int page, int size, long totalItems) {

        public boolean hasNext() {
            return (long) (page + 1) * size < totalItems;
        }
    }

    public record UnreadCount(long unreadCount) {
    }

    private final Services services;

    InboxPages(Services services) {
        this.services = services;
    }

    @GetMapping("/inbox")
    String inbox(@AuthenticationPrincipal OidcUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("inbox", services.notifications().get()
                .uri("/api/subscribers/{id}/inbox?page={page}&size=20", user.getSubject(), Math.max(page, 0))
                .retrieve().body(Inbox.class));
        return "inbox/inbox";
    }

    /**
     * The header's count alone: one cheap call, asked again every few seconds. When notify-service
     * does not answer, 204 keeps the count shown (htmx swaps nothing): the page itself says what failed.
     */
    @GetMapping("/inbox/unread-count")
    String unreadCount(@AuthenticationPrincipal OidcUser user, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("unreadCount", services.notifications().get()
                    .uri("/api/subscribers/{id}/inbox/unread-count", user.getSubject())
                    .retrieve().body(UnreadCount.class).unreadCount());
        } catch (RestClientException unanswered) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return null;
        }
        return "inbox/count :: count";
    }

    @PostMapping("/inbox/{notificationId}/read")
    String markRead(@AuthenticationPrincipal OidcUser user, @PathVariable String notificationId) {
        services.notifications().post().uri("/api/subscribers/{id}/inbox/{notification}/read", user.getSubject(),
                notificationId).retrieve().toBodilessEntity();
        return "redirect:/inbox";
    }

    @PostMapping("/inbox/read")
    String markAllRead(@AuthenticationPrincipal OidcUser user) {
        services.notifications().post().uri("/api/subscribers/{id}/inbox/read", user.getSubject())
                .retrieve().toBodilessEntity();
        return "redirect:/inbox";
    }
}
