package org.entente.console.organization;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.entente.console.Page;
import org.entente.console.Services;
import org.entente.console.form.FormErrors;
import org.entente.console.form.FormPost;
import org.entente.console.form.Problem;
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

/** Organizations: search in any of their names, register one, edit one. */
@Controller
class OrganizationPages {

    static final List<String> TYPES = List.of("GOVERNMENT_AGENCY", "SCHOOL_OR_ACADEMY", "INTERNATIONAL_ORGANIZATION",
            "DEVELOPMENT_AGENCY", "UNIVERSITY", "NGO", "OTHER");
    private static final ParameterizedTypeReference<Page<Organization>> ORGANIZATIONS = new ParameterizedTypeReference<>() {
    };

    private static final String NAMES = "names.";

    private final Services services;

    OrganizationPages(Services services) {
        this.services = services;
    }

    @GetMapping("/organizations")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("organizations", search(q, page, 20));
        model.addAttribute("q", q);
        return "organization/list";
    }

    /** Search-as-you-type for a party: the options of a select, matching what was typed. */
    @GetMapping("/organizations/options")
    String options(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("organizations", search(q, 0, 50).items());
        return "organization/options :: options";
    }

    @GetMapping("/organizations/new")
    String newForm(Model model) {
        return form(model, Map.of(FormPost.KEY_FIELD, FormPost.newKey()), FormErrors.NONE);
    }

    @PostMapping("/organizations")
    String register(@RequestParam Map<String, String> form, Model model) {
        try {
            Organization created = services.agreements().post().uri("/api/organizations")
                    .header(FormPost.HEADER, FormPost.keyOf(form.get(FormPost.KEY_FIELD)))
                    .body(body(form)).retrieve().body(Organization.class);
            return "redirect:/organizations?q=" + URLEncoder.encode(created.name(), StandardCharsets.UTF_8);
        } catch (RestClientResponseException refused) {
            return form(model, FormPost.afterRefusal(form), FormErrors.of(Problem.of(refused)));
        }
    }

    @GetMapping("/organizations/{id}/edit")
    String editForm(@PathVariable String id, Model model) {
        model.addAttribute("editing", id);
        return form(model, fields(read(id)), FormErrors.NONE);
    }

    /** Replaces an organization's details; from a stale version (412) the form comes back with the current version. */
    @PostMapping("/organizations/{id}/edit")
    String edit(@PathVariable String id, @RequestParam Map<String, String> form, @RequestParam long version, Model model) {
        model.addAttribute("editing", id);
        try {
            Organization saved = services.agreements().put().uri("/api/organizations/{id}", id)
                    .header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
                    .body(body(form)).retrieve().body(Organization.class);
            return "redirect:/organizations?q=" + URLEncoder.encode(saved.name(), StandardCharsets.UTF_8);
        } catch (RestClientResponseException refused) {
            if (refused.getStatusCode().value() == HttpStatus.PRECONDITION_FAILED.value()) {
                Organization current = read(id);
                Map<String, String> again = new HashMap<>(form);
                again.put("version", String.valueOf(current.version()));
                model.addAttribute("stale", fields(current));
                return form(model, again, FormErrors.NONE);
            }
            return form(model, form, FormErrors.of(Problem.of(refused)));
        }
    }

    private Organization read(String id) {
        return services.agreements().get().uri("/api/organizations/{id}", id).retrieve().body(Organization.class);
    }

    private static Map<String, String> fields(Organization organization) {
        Map<String, String> form = new HashMap<>();
        form.put("name", organization.name());
        form.put("acronym", organization.acronym());
        form.put("country", organization.country());
        form.put("type", organization.type());
        form.put("website", organization.website());
        if (organization.names() != null) {
            organization.names().forEach((language, name) -> form.put(NAMES + language, name));
        }
        form.put("version", String.valueOf(organization.version()));
        return form;
    }

    private String form(Model model, Map<String, String> form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", TYPES);
        return "organization/form";
    }

    /** The body of POST and PUT /api/organizations. */
    private static Map<String, Object> body(Map<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", FormPost.blankToNull(form.get("name")));
        body.put("acronym", FormPost.blankToNull(form.get("acronym")));
        body.put("country", upper(FormPost.blankToNull(form.get("country"))));
        body.put("type", FormPost.blankToNull(form.get("type")));
        body.put("website", FormPost.blankToNull(form.get("website")));
        // names.fr and names.en are inputs; names in other languages come back as hidden inputs.
        Map<String, String> names = new LinkedHashMap<>();
        form.forEach((field, value) -> {
            if (field.startsWith(NAMES) && FormPost.blankToNull(value) != null) {
                names.put(field.substring(NAMES.length()), value.trim());
            }
        });
        body.put("names", names);
        return body;
    }

    private Page<Organization> search(String q, int page, int size) {
        return services.agreements().get().uri(uri -> {
            uri.path("/api/organizations").queryParam("page", Math.max(page, 0)).queryParam("size", size);
            if (q != null && !q.isBlank()) {
                uri.queryParam("q", q.trim());
            }
            return uri.build();
        }).retrieve().body(ORGANIZATIONS);
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }
}
