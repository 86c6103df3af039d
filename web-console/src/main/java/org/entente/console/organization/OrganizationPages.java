package org.entente.console.organization;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientResponseException;

/** Organizations: search in any of their names, register one. */
@Controller
class OrganizationPages {

    static final List<String> TYPES = List.of("GOVERNMENT_AGENCY", "SCHOOL_OR_ACADEMY", "INTERNATIONAL_ORGANIZATION",
            "DEVELOPMENT_AGENCY", "UNIVERSITY", "NGO", "OTHER");
    private static final ParameterizedTypeReference<Page<Organization>> ORGANIZATIONS = new ParameterizedTypeReference<>() {
    };

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
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", FormPost.blankToNull(form.get("name")));
        body.put("acronym", FormPost.blankToNull(form.get("acronym")));
        body.put("country", upper(FormPost.blankToNull(form.get("country"))));
        body.put("type", FormPost.blankToNull(form.get("type")));
        body.put("website", FormPost.blankToNull(form.get("website")));
        Map<String, String> names = new LinkedHashMap<>();
        for (String language : List.of("fr", "en")) {
            String name = FormPost.blankToNull(form.get("names." + language));
            if (name != null) {
                names.put(language, name);
            }
        }
        body.put("names", names);
        try {
            Organization created = services.agreements().post().uri("/api/organizations")
                    .header(FormPost.HEADER, FormPost.keyOf(form.get(FormPost.KEY_FIELD)))
                    .body(body).retrieve().body(Organization.class);
            return "redirect:/organizations?q=" + URLEncoder.encode(created.name(), StandardCharsets.UTF_8);
        } catch (RestClientResponseException refused) {
            return form(model, FormPost.afterRefusal(form), FormErrors.of(Problem.of(refused)));
        }
    }

    private String form(Model model, Map<String, String> form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", TYPES);
        return "organization/form";
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
