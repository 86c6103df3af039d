package org.entente.console.admin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.entente.console.Page;
import org.entente.console.Services;
import org.entente.console.form.FormErrors;
import org.entente.console.form.Problem;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The administrator's deliveries: by status and subscription, a dead one's attempts and last
 * error, retry one or every dead one of a subscription. notify-service allows it to ADMIN only.
 */
@Controller
@ControllerAdvice
class DeliveryPages {

    static final List<String> STATUSES = List.of("DEAD", "RETRYING", "PENDING", "SENT", "AWAITING_DIGEST", "IN_DIGEST",
            "CANCELLED");
    private static final ParameterizedTypeReference<Page<Delivery>> DELIVERIES = new ParameterizedTypeReference<>() {
    };

    public record Delivery(String id, String eventType, String agreementId, String subscriptionId, String channel,
                           String status, int attempts, String lastError, Instant nextAttemptAt, Instant updatedAt) {
    }

    private final Services services;

    DeliveryPages(Services services) {
        this.services = services;
    }

    /** Whether to show the administrator's link: notify-service still decides. */
    @ModelAttribute("administrator")
    boolean administrator(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_ADMIN"));
    }

    @GetMapping("/admin/deliveries")
    String deliveries(@RequestParam(defaultValue = "DEAD") String status,
                      @RequestParam(defaultValue = "") String subscriptionId,
                      @RequestParam(defaultValue = "0") int page, Model model) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/deliveries").queryParam("page", Math.max(page, 0))
                .queryParam("size", 50);
        if (StringUtils.hasText(status)) {
            uri.queryParam("status", status);
        }
        if (StringUtils.hasText(subscriptionId)) {
            uri.queryParam("subscriptionId", subscriptionId.trim());
        }
        try {
            model.addAttribute("deliveries", services.notifications().get().uri(uri.build().toUriString())
                    .retrieve().body(DELIVERIES));
            if (!model.containsAttribute("errors")) {
                model.addAttribute("errors", FormErrors.NONE);
            }
        } catch (RestClientResponseException refused) {
            if (refused.getStatusCode().value() != 400) {
                throw refused;
            }
            model.addAttribute("deliveries", new Page<Delivery>(List.of(), 0, 50, 0, 0));
            model.addAttribute("errors", FormErrors.of(Problem.of(refused)));
        }
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("status", status);
        model.addAttribute("subscriptionId", subscriptionId);
        return "admin/deliveries";
    }

    @PostMapping("/admin/deliveries/{id}/retry")
    String retry(@PathVariable String id, @RequestParam(defaultValue = "") String subscriptionId,
                 RedirectAttributes redirect) {
        try {
            services.notifications().post().uri("/api/deliveries/{id}/retry", id).retrieve().toBodilessEntity();
            redirect.addFlashAttribute("retried", 1L);
        } catch (RestClientResponseException refused) {
            redirect.addFlashAttribute("errors", FormErrors.of(Problem.of(refused)));
        }
        return "redirect:" + back(subscriptionId);
    }

    public record Retried(String subscriptionId, long retried) {
    }

    @PostMapping("/admin/deliveries/retry")
    String retryAll(@RequestParam String subscriptionId, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("retried", services.notifications().post()
                    .uri("/api/deliveries/retry?subscriptionId={id}", subscriptionId).retrieve().body(Retried.class).retried());
        } catch (RestClientResponseException refused) {
            redirect.addFlashAttribute("errors", FormErrors.of(Problem.of(refused)));
        }
        return "redirect:" + back(subscriptionId);
    }

    private static String back(String subscriptionId) {
        return UriComponentsBuilder.fromPath("/admin/deliveries").queryParam("status", "DEAD")
                .queryParamIfPresent("subscriptionId", Optional.of(subscriptionId).filter(StringUtils::hasText))
                .build().encode().toUriString();
    }
}
