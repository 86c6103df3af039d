package org.entente.console.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import org.entente.console.Page;
import org.entente.console.Services;
import org.entente.console.form.FormErrors;
import org.entente.console.form.FormPost;
import org.entente.console.form.Problem;
import org.entente.console.organization.Organization;
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
 * Registering and editing an agreement. The service's problem details land on the form; an
 * edit from a stale version (412) shows what changed meanwhile and keeps the user's values, so
 * submitting again re-applies them; the form's Idempotency-Key makes a resubmission harmless.
 */
@Controller
class AgreementFormPages {

    /** Hidden inputs carry the values the user started from, to tell what changed meanwhile. */
    static final String BASE = "base.";
    private static final ParameterizedTypeReference<Page<Organization>> ORGANIZATIONS = new ParameterizedTypeReference<>() {
    };

    private final Services services;

    AgreementFormPages(Services services) {
        this.services = services;
    }

    @GetMapping("/agreements/new")
    String newForm(Model model) {
        Map<String, String> form = new HashMap<>();
        form.put("kind", "MOU");
        form.put("confidentiality", "PUBLIC");
        form.put(AgreementForm.party(0, "role"), "SIGNATORY");
        form.put(AgreementForm.party(1, "role"), "SIGNATORY");
        form.put(FormPost.KEY_FIELD, FormPost.newKey());
        return form(model, null, form, FormErrors.NONE);
    }

    @PostMapping("/agreements")
    String register(@RequestParam Map<String, String> form, Model model) {
        try {
            Agreement created = services.agreements().post().uri("/api/agreements")
                    .header(FormPost.HEADER, FormPost.keyOf(form.get(FormPost.KEY_FIELD)))
                    .body(AgreementForm.body(form)).retrieve().body(Agreement.class);
            return "redirect:/agreements/" + created.id();
        } catch (RestClientResponseException refused) {
            return form(model, null, FormPost.afterRefusal(form), FormErrors.of(Problem.of(refused)));
        }
    }

    @GetMapping("/agreements/{id}/edit")
    String editForm(@PathVariable String id, Model model) {
        Agreement agreement = read(id);
        Map<String, String> form = editable(agreement);
        return form(model, agreement, form, FormErrors.NONE);
    }

    @PostMapping("/agreements/{id}/edit")
    String edit(@PathVariable String id, @RequestParam Map<String, String> form, @RequestParam long version, Model model) {
        try {
            services.agreements().put().uri("/api/agreements/{id}", id)
                    .header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
                    .body(AgreementForm.body(form)).retrieve().toBodilessEntity();
            return "redirect:/agreements/" + id;
        } catch (RestClientResponseException refused) {
            if (refused.getStatusCode().value() != HttpStatus.PRECONDITION_FAILED.value()) {
                return form(model, read(id), form, FormErrors.of(Problem.of(refused)));
            }
            Agreement current = read(id);
            Map<String, String> now = AgreementForm.of(current);
            Map<String, String> base = new HashMap<>();
            form.forEach((name, value) -> {
                if (name.startsWith(BASE)) {
                    base.put(name.substring(BASE.length()), value);
                }
            });
            Map<String, String> changed = new LinkedHashMap<>();
            AgreementForm.changedMeanwhile(base, now).forEach(field -> changed.put(field, now.get(field)));
            // The user's own changes stay in the inputs; what they left alone takes the current value,
            // and the version and the base become the current ones, so saving again applies theirs on top.
            Map<String, String> retry = new HashMap<>(form);
            for (String field : AgreementForm.FIELDS) {
                boolean untouched = Objects.equals(FormPost.blankToNull(form.get(field)), FormPost.blankToNull(base.get(field)));
                if (untouched) {
                    retry.put(field, now.get(field));
                }
                retry.put(BASE + field, now.get(field));
            }
            retry.put("version", String.valueOf(current.version()));
            model.addAttribute("changedMeanwhile", changed);
            model.addAttribute("changedBy", current.updatedBy());
            return form(model, current, retry, FormErrors.NONE);
        }
    }

    private Map<String, String> editable(Agreement agreement) {
        Map<String, String> form = new HashMap<>(AgreementForm.of(agreement));
        AgreementForm.of(agreement).forEach((name, value) -> form.put(BASE + name, value));
        form.put("version", String.valueOf(agreement.version()));
        return form;
    }

    private String form(Model model, Agreement editing, Map<String, String> form, FormErrors errors) {
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", AgreementPages.KINDS);
        model.addAttribute("roles", AgreementForm.ROLES);
        model.addAttribute("confidentialities", AgreementForm.CONFIDENTIALITIES);
        model.addAttribute("partyRows", IntStream.range(0, AgreementForm.PARTY_ROWS).boxed().toList());
        model.addAttribute("fields", AgreementForm.FIELDS);
        model.addAttribute("base", BASE);
        List<Organization> organizations = new ArrayList<>(services.agreements().get()
                .uri("/api/organizations?size=100&sort=name").retrieve().body(ORGANIZATIONS).items());
        if (editing != null && editing.parties() != null) {
            // The parties stay choosable even beyond the first hundred organizations.
            editing.parties().stream()
                    .filter(party -> organizations.stream().noneMatch(known -> known.id().equals(party.organizationId())))
                    .forEach(party -> organizations.add(new Organization(party.organizationId(), 0, party.organizationName(),
                            null, party.country(), null, null, null)));
        }
        model.addAttribute("organizations", organizations);
        if (!model.containsAttribute("changedMeanwhile")) {
            model.addAttribute("changedMeanwhile", Map.of());
        }
        return "agreement/form";
    }

    private Agreement read(String id) {
        return services.agreements().get().uri("/api/agreements/{id}", id).retrieve().body(Agreement.class);
    }
}
