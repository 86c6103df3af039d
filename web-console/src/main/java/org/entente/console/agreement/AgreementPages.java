package org.entente.console.agreement;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.entente.console.ConsoleProperties;
import org.entente.console.Formats;
import org.entente.console.Page;
import org.entente.console.Services;
import org.entente.console.delegation.Delegation;
import org.entente.console.form.FormErrors;
import org.entente.console.form.Problem;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.util.UriBuilder;

/** The register (search, filters, sort, paging), an agreement's page, its live timeline and its lifecycle moves. */
@Controller
class AgreementPages {

    static final List<String> STATUSES = List.of("DRAFT", "NEGOTIATION", "SIGNED", "ACTIVE", "SUSPENDED", "TERMINATED",
            "EXPIRED", "ABANDONED");
    static final List<String> KINDS = List.of("MOU", "FRAMEWORK_AGREEMENT", "PROTOCOL", "JOINT_PROJECT", "GRANT", "OTHER");
    /** The register's sort choices, as agreements-service names them. */
    static final List<String> SORTS = List.of("createdAt,desc", "code,asc", "expiresOn,asc", "updatedAt,desc");
    private static final List<String> FILTERS = List.of("q", "status", "kind", "country", "organizationId", "theme",
            "expiringBefore", "sort");
    private static final ParameterizedTypeReference<Page<Agreement>> AGREEMENTS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Page<Delegation>> DELEGATIONS = new ParameterizedTypeReference<>() {
    };

    private final Services services;
    private final Timelines timelines;
    private final ConsoleProperties properties;
    private final Formats formats;

    AgreementPages(Services services, Timelines timelines, ConsoleProperties properties, Formats formats) {
        this.services = services;
        this.timelines = timelines;
        this.properties = properties;
        this.formats = formats;
    }

    @GetMapping("/agreements")
    String register(@RequestParam Map<String, String> query, @RequestParam(defaultValue = "0") int page, Model model) {
        Map<String, String> filters = new LinkedHashMap<>();
        FILTERS.forEach(name -> {
            if (StringUtils.hasText(query.get(name))) {
                filters.put(name, query.get(name).trim());
            }
        });
        Page<Agreement> agreements = services.agreements().get()
                .uri(uri -> {
                    UriBuilder built = uri.path("/api/agreements").queryParam("page", Math.max(page, 0)).queryParam("size", 20);
                    filters.forEach(built::queryParam);
                    return built.build();
                })
                .retrieve().body(AGREEMENTS);
        model.addAttribute("agreements", agreements);
        model.addAttribute("filters", filters);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("sorts", SORTS);
        return "agreement/register";
    }

    @GetMapping("/agreements/{id}")
    String agreement(@PathVariable String id, Model model) {
        Agreement agreement = read(id);
        model.addAttribute("agreement", agreement);
        model.addAttribute("moves", agreement.allowedMoves() == null ? List.of() : agreement.allowedMoves());
        model.addAttribute("delegations", services.agreements().get().uri("/api/agreements/{id}/delegations?size=100", id)
                .retrieve().body(DELEGATIONS).items());
        addTimeline(id, model);
        model.addAttribute("today", LocalDate.now(formats.zone()));
        if (!model.containsAttribute("moveErrors")) {
            model.addAttribute("moveErrors", FormErrors.NONE);
        }
        model.addAttribute("stepRoles", ReviewPages.STEP_ROLES);
        if (!model.containsAttribute("reviewErrors")) {
            model.addAttribute("reviewErrors", FormErrors.NONE);
        }
        if (!model.containsAttribute("accessErrors")) {
            model.addAttribute("accessErrors", FormErrors.NONE);
        }
        return "agreement/agreement";
    }

    /** The timeline alone, which the agreement's page asks for again every few seconds. */
    @GetMapping("/agreements/{id}/timeline")
    String timeline(@PathVariable String id, Model model) {
        model.addAttribute("agreementId", id);
        addTimeline(id, model);
        return "agreement/timeline :: timeline";
    }

    private void addTimeline(String agreementId, Model model) {
        Timelines.Latest latest = timelines.latest(agreementId, Timelines.PAGE);
        model.addAttribute("timeline", latest.entries());
        model.addAttribute("olderEntries", latest.olderEntries());
        model.addAttribute("poll", properties.timelinePoll().toSeconds() + "s");
    }

    /** A lifecycle move; a refusal is shown beside the buttons, in the service's words. */
    @PostMapping("/agreements/{id}/moves")
    String move(@PathVariable String id, @RequestParam String to, @RequestParam long version,
                @RequestParam Map<String, String> form, Model model) {
        Agreement.AllowedMove move = read(id).allowedMove(to);
        Map<String, Object> body = new LinkedHashMap<>();
        if (move != null && move.key().equals(Agreement.AllowedMove.RENEW)) {
            body.put("expiresOn", blankToNull(form.get("expiresOn")));
            body.put("note", blankToNull(form.get("reason")));
        } else {
            body.put("status", to);
            body.put("on", blankToNull(form.get("on")));
            body.put("place", blankToNull(form.get("place")));
            body.put("reason", blankToNull(form.get("reason")));
        }
        // a move no longer offered still goes to the service, whose refusal says why
        String path = move == null ? "/api/agreements/{id}/status" : move.path();
        try {
            services.agreements().post().uri(path, id)
                    .header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
                    .body(body).retrieve().toBodilessEntity();
            return "redirect:/agreements/" + id;
        } catch (RestClientResponseException refused) {
            model.addAttribute("moveErrors", FormErrors.of(Problem.of(refused)));
            model.addAttribute("moveTried", to);
            model.addAttribute("moveForm", form);
            return agreement(id, model);
        }
    }

    /** Replaces a restricted agreement's access list: user ids and role names, comma-separated. */
    @PostMapping("/agreements/{id}/access")
    String access(@PathVariable String id, @RequestParam long version, @RequestParam(defaultValue = "") String users,
                  @RequestParam(defaultValue = "") String roles, Model model) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("users", names(users));
        body.put("roles", names(roles).stream().map(role -> role.toUpperCase(Locale.ROOT)).toList());
        try {
            services.agreements().put().uri("/api/agreements/{id}/access", id)
                    .header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
                    .body(body).retrieve().toBodilessEntity();
            return "redirect:/agreements/" + id;
        } catch (RestClientResponseException refused) {
            model.addAttribute("accessErrors", FormErrors.of(Problem.of(refused)));
            return agreement(id, model);
        }
    }

    private static List<String> names(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(name -> !name.isEmpty()).toList();
    }

    private Agreement read(String id) {
        return services.agreements().get().uri("/api/agreements/{id}", id).retrieve().body(Agreement.class);
    }

    private static String blankToNull(String value) {
        return StringUtils.hasText(value) ? value.trim() : null;
    }
}
