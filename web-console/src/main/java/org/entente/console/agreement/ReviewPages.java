package org.entente.console.agreement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.console.Services;
import org.entente.console.form.FormErrors;
import org.entente.console.form.Problem;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientResponseException;

/**
 * Review before signature: submit, approve, request changes, add a step, withdraw. The console decides none of
 * it; agreements-service refuses (403 separation of duties, 409 an older version, 422) and the
 * refusal is shown beside the review's buttons.
 */
@Controller
class ReviewPages {

    /** The roles the add-a-step form offers, as the tokens name them. */
    static final List<String> STEP_ROLES = List.of("APPROVER", "MANAGER", "STAFF", "ADMIN");

    private final Services services;
    private final AgreementPages agreementPages;

    ReviewPages(Services services, AgreementPages agreementPages) {
        this.services = services;
        this.agreementPages = agreementPages;
    }

    @PostMapping("/agreements/{id}/review")
    String submit(@PathVariable String id, @RequestParam long version, Model model) {
        return send(id, "/api/agreements/{id}/review", version, Map.of(), model);
    }

    /** The approver decides about the version they read, which the form carries. */
    @PostMapping("/agreements/{id}/review/approvals")
    String approve(@PathVariable String id, @RequestParam long version, @RequestParam(defaultValue = "") String comment,
                   Model model) {
        return send(id, "/api/agreements/{id}/review/approvals", version, decision(version, comment), model);
    }

    @PostMapping("/agreements/{id}/review/change-requests")
    String requestChanges(@PathVariable String id, @RequestParam long version,
                          @RequestParam(defaultValue = "") String comment, Model model) {
        return send(id, "/api/agreements/{id}/review/change-requests", version, decision(version, comment), model);
    }

    /** The submitter appends a step: a user or a role decides it; the service says if both or neither were given. */
    @PostMapping("/agreements/{id}/review/steps")
    String addStep(@PathVariable String id, @RequestParam long version, @RequestParam(defaultValue = "") String name,
                   @RequestParam(defaultValue = "") String user, @RequestParam(defaultValue = "") String role,
                   Model model) {
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("name", StringUtils.hasText(name) ? name.trim() : null);
        step.put("user", StringUtils.hasText(user) ? user.trim() : null);
        step.put("role", StringUtils.hasText(role) ? role.trim() : null);
        return send(id, "/api/agreements/{id}/review/steps", version, step, model);
    }

    @PostMapping("/agreements/{id}/review/withdrawal")
    String withdraw(@PathVariable String id, @RequestParam long version, Model model) {
        return send(id, "/api/agreements/{id}/review/withdrawal", version, null, model);
    }

    private static Map<String, Object> decision(long version, String comment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("comment", StringUtils.hasText(comment) ? comment.trim() : null);
        return body;
    }

    private String send(String id, String path, long version, Map<String, Object> body, Model model) {
        try {
            var request = services.agreements().post().uri(path, id).header(HttpHeaders.IF_MATCH, "\"" + version + "\"");
            (body == null ? request : request.body(body)).retrieve().toBodilessEntity();
            return "redirect:/agreements/" + id;
        } catch (RestClientResponseException refused) {
            model.addAttribute("reviewErrors", FormErrors.of(Problem.of(refused)));
            return agreementPages.agreement(id, model);
        }
    }
}
