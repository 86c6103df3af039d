package org.entente.console.delegation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.entente.console.ConsoleProperties;
import org.entente.console.Page;
import org.entente.console.Services;
import org.entente.console.form.FormErrors;
import org.entente.console.form.FormPost;
import org.entente.console.form.Problem;
import org.entente.console.organization.Organization;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientResponseException;

/** Delegations: the visits of a month as a list and a calendar, incoming and outgoing; scheduling one with its members. */
@Controller
class DelegationPages {

    static final int MEMBER_ROWS = 3;
    private static final ParameterizedTypeReference<Page<Delegation>> DELEGATIONS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Page<Organization>> ORGANIZATIONS = new ParameterizedTypeReference<>() {
    };

    /** One day square of the month calendar and the visits that overlap it. */
    record Day(LocalDate date, boolean inMonth, List<Delegation> visits) {
    }

    private final Services services;
    private final ConsoleProperties properties;

    DelegationPages(Services services, ConsoleProperties properties) {
        this.services = services;
        this.properties = properties;
    }

    @GetMapping("/delegations")
    String month(@RequestParam(required = false) String month, @RequestParam(required = false) String direction, Model model) {
        YearMonth shown = parse(month);
        LocalDate first = shown.atDay(1);
        LocalDate last = shown.atEndOfMonth();
        String chosenDirection = "INCOMING".equals(direction) || "OUTGOING".equals(direction) ? direction : null;
        List<Delegation> visits = services.agreements().get().uri(uri -> {
            uri.path("/api/delegations").queryParam("from", first).queryParam("to", last).queryParam("size", 100);
            if (chosenDirection != null) {
                uri.queryParam("direction", chosenDirection);
            }
            return uri.build();
        }).retrieve().body(DELEGATIONS).items();
        List<List<Day>> weeks = new ArrayList<>();
        LocalDate day = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        while (!day.isAfter(last)) {
            List<Day> week = new ArrayList<>();
            for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
                LocalDate date = day;
                week.add(new Day(date, YearMonth.from(date).equals(shown), visits.stream()
                        .filter(visit -> !date.isBefore(visit.startDate()) && !date.isAfter(visit.endDate())).toList()));
            }
            weeks.add(week);
        }
        model.addAttribute("month", shown);
        model.addAttribute("monthName", shown.getMonth().getDisplayName(TextStyle.FULL_STANDALONE,
                LocaleContextHolder.getLocale()) + " " + shown.getYear());
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.plusMonths(1));
        model.addAttribute("direction", chosenDirection);
        model.addAttribute("visits", visits);
        model.addAttribute("weeks", weeks);
        model.addAttribute("weekdays", weekdays());
        return "delegation/month";
    }

    @GetMapping("/agreements/{agreementId}/delegations/new")
    String newForm(@PathVariable String agreementId, Model model) {
        Map<String, String> form = new HashMap<>();
        form.put("direction", "INCOMING");
        form.put(FormPost.KEY_FIELD, FormPost.newKey());
        return form(model, agreementId, form, FormErrors.NONE);
    }

    @PostMapping("/agreements/{agreementId}/delegations")
    String schedule(@PathVariable String agreementId, @RequestParam Map<String, String> form, Model model) {
        try {
            services.agreements().post().uri("/api/agreements/{id}/delegations", agreementId)
                    .header(FormPost.HEADER, FormPost.keyOf(form.get(FormPost.KEY_FIELD)))
                    .body(body(form)).retrieve().toBodilessEntity();
            return "redirect:/agreements/" + agreementId;
        } catch (RestClientResponseException refused) {
            return form(model, agreementId, FormPost.afterRefusal(form), FormErrors.of(Problem.of(refused)));
        }
    }

    private String form(Model model, String agreementId, Map<String, String> form, FormErrors errors) {
        model.addAttribute("agreementId", agreementId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("memberRows", IntStream.range(0, MEMBER_ROWS).boxed().toList());
        model.addAttribute("organizations", services.agreements().get().uri("/api/organizations?size=100&sort=name")
                .retrieve().body(ORGANIZATIONS).items());
        return "delegation/form";
    }

    /** The body of POST /api/agreements/{id}/delegations; member rows left empty are left out. */
    static Map<String, Object> body(Map<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("direction", FormPost.blankToNull(form.get("direction")));
        body.put("hostOrganizationId", FormPost.blankToNull(form.get("hostOrganizationId")));
        body.put("visitingOrganizationId", FormPost.blankToNull(form.get("visitingOrganizationId")));
        body.put("leader", person(form, "leader"));
        List<Map<String, String>> members = new ArrayList<>();
        for (int row = 0; row < MEMBER_ROWS; row++) {
            Map<String, String> member = person(form, "members[" + row + "]");
            if (member.get("name") != null || member.get("title") != null) {
                members.add(member);
            }
        }
        body.put("members", members);
        body.put("startDate", FormPost.blankToNull(form.get("startDate")));
        body.put("endDate", FormPost.blankToNull(form.get("endDate")));
        body.put("city", FormPost.blankToNull(form.get("city")));
        String country = FormPost.blankToNull(form.get("country"));
        body.put("country", country == null ? null : country.toUpperCase(Locale.ROOT));
        body.put("purpose", FormPost.blankToNull(form.get("purpose")));
        return body;
    }

    private static Map<String, String> person(Map<String, String> form, String prefix) {
        Map<String, String> person = new LinkedHashMap<>();
        person.put("name", FormPost.blankToNull(form.get(prefix + ".name")));
        person.put("title", FormPost.blankToNull(form.get(prefix + ".title")));
        return person;
    }

    private YearMonth parse(String month) {
        if (month != null) {
            try {
                return YearMonth.parse(month);
            } catch (DateTimeParseException ignored) {
                // An unreadable month shows the current one.
            }
        }
        return YearMonth.now(properties.timeZone());
    }

    private static List<String> weekdays() {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> names = new ArrayList<>();
        for (DayOfWeek day = DayOfWeek.MONDAY; names.size() < 7; day = day.plus(1)) {
            names.add(day.getDisplayName(TextStyle.SHORT_STANDALONE, locale));
        }
        return names;
    }
}
