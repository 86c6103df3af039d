package org.entente.console.form;

import java.util.List;

import org.springframework.web.client.RestClientResponseException;

/**
 * A service's RFC 9457 answer to a refused request: its status, title, detail and, for a
 * 400, each invalid field with its rule.
 */
public record Problem(int status, String title, String detail, List<FieldProblem> errors) {

    public record FieldProblem(String field, String message) {
    }

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Problem of(RestClientResponseException refusal) {
        Problem body = null;
        try {
            body = refusal.getResponseBodyAs(Problem.class);
        } catch (RuntimeException unreadable) {
            // Not problem details (a proxy's page, say): the status alone must do.
        }
        int status = refusal.getStatusCode().value();
        if (body == null) {
            return new Problem(status, refusal.getStatusText(), null, List.of());
        }
        return new Problem(status, body.title(), body.detail(), body.errors());
    }

    /** What to show a person: the detail when the service wrote one, else the title. */
    public String message() {
        return detail != null && !detail.isBlank() ? detail : title;
    }
}
