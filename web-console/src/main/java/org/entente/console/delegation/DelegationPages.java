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
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.entente.console.Formats;
import org.entente.console.Page;
import org.entente.console.Services;
import org.entente.console.form.FormErrors;
import org.entente.console.form.FormPost;
import org.entente.console.form.Problem;
import org.entente.console.organization.Organization;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientResponseException;

/**
 * Delegations: the visits of a month as a list and a calendar, incoming and outgoing; scheduling one with
 * its members, editing it, and moving it in its lifecycle (the moves agreements-service offers).
 */
@Controller
class DelegationPages {

    static final int MEMBER_ROWS = 3;
    /** agreements-service's limit on a delegation's members. */
    static final int MOST_MEMBERS = 100;
    /** The prefix of the hidden inputs that keep the values the edit started from, to tell what changed meanwhile. */
    static final String BASE = "base.";
    private static final List<String> SCALAR_FIELDS = List.of("direction", "hostOrganizationId", "visitingOrganizationId",
            "leader.name", "leader.title", "leader.organizationId", "startDate", "endDate", "city", "country", "purpose");
    private static final ParameterizedTypeReference<Page<Delegation>> DELEGATIONS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Page<Organization>> ORGANIZATIONS = new ParameterizedTypeReference<>() {
    };

    /** One day square of the month calendar and the visits that overlap it. */
    record Day(LocalDate date, boolean inMonth, List<Delegation> visits) {
    }

    private final Services services;
    private final Formats formats;

    DelegationPages(Services services, Formats formats) {
        this.services = services;
        this.formats = formats;
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

    @GetMapping("/delegations/{id}/edit")
    String editForm(@PathVariable String id, Model model) {
        Delegation delegation = read(id);
        Map<String, String> form = new HashMap<>(of(delegation));
        of(delegation).forEach((name, value) -> form.put(BASE + name, value));
        form.put("version", String.valueOf(delegation.version()));
        return editForm(model, delegation, form, FormErrors.NONE);
    }

    /**
     * Replaces the visit's details (PUT, If-Match). The agenda and outcomes, which this form does not
     * show, are sent back as they are. A stale version (412) shows what changed meanwhile and keeps the
     * user's own changes over the current values, so saving again applies them.
     */
    @PostMapping("/delegations/{id}/edit")
    String edit(@PathVariable String id, @RequestParam Map<String, String> form, @RequestParam long version, Model model) {
        Delegation current = read(id);
        Map<String, Object> body = body(form);
        body.put("agreementId", current.agreementId());
        body.put("agenda", current.agenda());
        body.put("outcomes", current.outcomes());
        try {
            services.agreements().put().uri("/api/delegations/{id}", id)
                    .header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
                    .body(body).retrieve().toBodilessEntity();
            return after(current);
        } catch (RestClientResponseException refused) {
            if (refused.getStatusCode().value() != HttpStatus.PRECONDITION_FAILED.value()) {
                return editForm(model, current, form, FormErrors.of(Problem.of(refused)));
            }
            Map<String, String> now = of(current);
            Map<String, String> changed = new LinkedHashMap<>();
            Map<String, String> retry = new HashMap<>(form);
            retry.keySet().removeIf(name -> name.startsWith(BASE));
            Set<String> fields = new TreeSet<>(now.keySet());
            form.keySet().stream().filter(name -> !name.startsWith(BASE) && isField(name)).forEach(fields::add);
            for (String field : fields) {
                String base = FormPost.blankToNull(form.get(BASE + field));
                String mine = FormPost.blankToNull(form.get(field));
                String theirs = FormPost.blankToNull(now.get(field));
                if (!Objects.equals(base, theirs)) {
                    changed.put(field, theirs);
                }
                if (Objects.equals(mine, base)) {
                    retry.put(field, now.get(field)); // left alone by the user: the current value
                }
                retry.put(BASE + field, now.get(field));
            }
            retry.put("version", String.valueOf(current.version()));
            model.addAttribute("changedMeanwhile", changed);
            model.addAttribute("changedBy", current.updatedBy());
            return editForm(model, current, retry, FormErrors.NONE);
        }
    }

    /** Confirms, completes or cancels the visit: the moves the service offers, its refusal shown on the edit page. */
    @PostMapping("/delegations/{id}/status")
    String changeStatus(@PathVariable String id, @RequestParam long version, @RequestParam String status,
                        @RequestParam(defaultValue = "") String reason, Model model) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("reason", FormPost.blankToNull(reason));
        try {
            Delegation moved = services.agreements().post().uri("/api/delegations/{id}/status", id)
                    .header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
                    .body(body).retrieve().body(Delegation.class);
            return after(moved);
        } catch (RestClientResponseException refused) {
            Delegation current = read(id);
            Map<String, String> form = new HashMap<>(of(current));
            of(current).forEach((name, value) -> form.put(BASE + name, value));
            form.put("version", String.valueOf(current.version()));
            model.addAttribute("statusErrors", FormErrors.of(Problem.of(refused)));
            model.addAttribute("statusReason", reason);
            return editForm(model, current, form, FormErrors.NONE);
        }
    }

    private Delegation read(String id) {
        return services.agreements().get().uri("/api/delegations/{id}", id).retrieve().body(Delegation.class);
    }

    /** Back to the agreement the visit belongs to, or to its month. */
    private static String after(Delegation delegation) {
        return delegation.agreementId() != null ? "redirect:/agreements/" + delegation.agreementId()
                : "redirect:/delegations?month=" + YearMonth.from(delegation.startDate());
    }

    private static boolean isField(String name) {
        return SCALAR_FIELDS.contains(name) || name.startsWith("members[");
    }

    /** The form's fields for a visit as the service has it, a row per member. */
    static Map<String, String> of(Delegation delegation) {
        Map<String, String> form = new HashMap<>();
        form.put("direction", delegation.direction());
        form.put("hostOrganizationId", delegation.hostOrganization() == null ? null : delegation.hostOrganization().organizationId());
        form.put("visitingOrganizationId",
                delegation.visitingOrganization() == null ? null : delegation.visitingOrganization().organizationId());
        put(form, "leader", delegation.leader());
        for (int row = 0; row < delegation.members().size(); row++) {
            put(form, "members[" + row + "]", delegation.members().get(row));
        }
        form.put("startDate", delegation.startDate() == null ? null : delegation.startDate().toString());
        form.put("endDate", delegation.endDate() == null ? null : delegation.endDate().toString());
        form.put("city", delegation.city());
        form.put("country", delegation.country());
        form.put("purpose", delegation.purpose());
        form.values().removeIf(Objects::isNull);
        return form;
    }

    private static void put(Map<String, String> form, String prefix, Delegation.Person person) {
        if (person != null) {
            form.put(prefix + ".name", person.name());
            form.put(prefix + ".title", person.title());
            form.put(prefix + ".organizationId", person.organizationId());
        }
    }

    private String editForm(Model model, Delegation editing, Map<String, String> form, FormErrors errors) {
        model.addAttribute("editing", editing);
        if (!model.containsAttribute("statusErrors")) {
            model.addAttribute("statusErrors", FormErrors.NONE);
        }
        if (!model.containsAttribute("changedMeanwhile")) {
            model.addAttribute("changedMeanwhile", Map.of());
        }
        model.addAttribute("base", BASE);
        return form(model, editing.agreementId(), form, errors);
    }

    private String form(Model model, String agreementId, Map<String, String> form, FormErrors errors) {
        model.addAttribute("agreementId", agreementId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("memberRows", IntStream.range(0, memberRows(form)).boxed().toList());
        model.addAttribute("organizations", services.agreements().get().uri("/api/organizations?size=100&sort=name")
                .retrieve().body(ORGANIZATIONS).items());
        return "delegation/form";
    }

    /** Enough rows for the members the form holds and one more, at least {@link #MEMBER_ROWS}. */
    static int memberRows(Map<String, String> form) {
        int filled = 0;
        for (int row = 0; row < MOST_MEMBERS; row++) {
            if (form.containsKey("members[" + row + "].name") || form.containsKey("members[" + row + "].title")) {
                filled = row + 1;
            }
        }
        return Math.min(MOST_MEMBERS, Math.max(MEMBER_ROWS, filled + 1));
    }

    /** The body of POST /api/agreements/{id}/delegations (and of PUT /api/delegations/{id}); member rows left empty are left out. */
    static Map<String, Object> body(Map<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("direction", FormPost.blankToNull(form.get("direction")));
        body.put("hostOrganizationId", FormPost.blankToNull(form.get("hostOrganizationId")));
        body.put("visitingOrganizationId", FormPost.blankToNull(form.get("visitingOrganizationId")));
        body.put("leader", person(form, "leader"));
        List<Map<String, String>> members = new ArrayList<>();
        for (int row = 0; row < MOST_MEMBERS; row++) {
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
        person.put("organizationId", FormPost.blankToNull(form.get(prefix + ".organizationId")));
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
        return YearMonth.now(formats.zone());
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
