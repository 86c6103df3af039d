package org.entente.console.home;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.entente.console.Formats;
import org.entente.console.Page;
import org.entente.console.Services;
import org.entente.console.agreement.Agreement;
import org.entente.console.agreement.TimelineEntry;
import org.entente.console.agreement.Timelines;
import org.entente.console.delegation.Delegation;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "What needs me": the reviews waiting for my decision, the agreements I am responsible for and their
 * latest news, agreements about to expire, drafts and negotiations left alone, the coming visits, the latest news.
 */
@Controller
class HomePage {

    private static final int EXPIRING_DAYS = 90;
    private static final Duration UNTOUCHED = Duration.ofDays(30);
    private static final int VISIT_DAYS = 30;
    private static final int LATEST = 10;
    private static final ParameterizedTypeReference<Page<Agreement>> AGREEMENTS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Agreement>> WAITING = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Page<Delegation>> DELEGATIONS = new ParameterizedTypeReference<>() {
    };

    private final Services services;
    private final Timelines timelines;
    private final Formats formats;

    HomePage(Services services, Timelines timelines, Formats formats) {
        this.services = services;
        this.timelines = timelines;
        this.formats = formats;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal OidcUser user, Authentication authentication, Model model) {
        if (onlyFollows(authentication)) {
            // A stakeholder reads no register (agreements-service says so): what needs them is their inbox.
            return "redirect:/inbox";
        }
        LocalDate today = LocalDate.now(formats.zone());
        Instant untouchedSince = Instant.now().minus(UNTOUCHED);
        model.addAttribute("expiring", services.agreements().get()
                .uri("/api/agreements?status=ACTIVE&expiringBefore={until}&sort=expiresOn,asc&size=20",
                        today.plusDays(EXPIRING_DAYS))
                .retrieve().body(AGREEMENTS).items());
        List<Agreement> untouched = new ArrayList<>();
        for (String status : List.of("DRAFT", "NEGOTIATION")) {
            services.agreements().get().uri("/api/agreements?status={status}&sort=updatedAt,asc&size=20", status)
                    .retrieve().body(AGREEMENTS).items().stream()
                    .filter(agreement -> agreement.updatedAt() != null && agreement.updatedAt().isBefore(untouchedSince))
                    .forEach(untouched::add);
        }
        model.addAttribute("untouched", untouched);
        model.addAttribute("visits", services.agreements().get()
                .uri("/api/delegations?from={from}&to={to}&size=20", today, today.plusDays(VISIT_DAYS))
                .retrieve().body(DELEGATIONS).items());
        model.addAttribute("recent", services.agreements().get().uri("/api/agreements?sort=updatedAt,desc&size=5")
                .retrieve().body(AGREEMENTS).items());
        List<TimelineEntry> lastWeek = lastWeek();
        model.addAttribute("latest", lastWeek.subList(0, Math.min(LATEST, lastWeek.size())));
        List<Agreement> mine = responsibleFor(user);
        Set<String> mineIds = mine.stream().map(Agreement::id).collect(Collectors.toSet());
        model.addAttribute("mine", mine);
        model.addAttribute("mineNews", lastWeek.stream().filter(entry -> mineIds.contains(entry.agreementId()))
                .limit(LATEST).toList());
        model.addAttribute("waiting", services.agreements().get().uri("/api/reviews/waiting").retrieve().body(WAITING));
        return "home";
    }

    private static boolean onlyFollows(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .noneMatch(role -> List.of("ROLE_STAFF", "ROLE_MANAGER", "ROLE_APPROVER", "ROLE_ADMIN").contains(role));
    }

    /**
     * The agreements whose responsible is the signed-in user, known by the e-mail their issuer gives
     * (agreements-service knows a responsible by their e-mail); none without one.
     */
    private List<Agreement> responsibleFor(OidcUser user) {
        if (user == null || !StringUtils.hasText(user.getEmail())) {
            return List.of();
        }
        return services.agreements().get()
                .uri("/api/agreements?responsible={email}&sort=updatedAt,desc&size=20", user.getEmail())
                .retrieve().body(AGREEMENTS).items();
    }

    /** The last week's latest entries, newest first: what the home page's news lists pick from. */
    private List<TimelineEntry> lastWeek() {
        return timelines.latestSince(Instant.now().minus(Duration.ofDays(7)));
    }
}
