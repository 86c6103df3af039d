package org.entente.console.form;

import java.util.List;
import java.util.Optional;

/**
 * A refusal mapped onto a form: an error summary at the top linking to each field, and the
 * message beside the field. Field names are the services' JSON paths ({@code parties[0].role});
 * a map key the service writes as {@code title[fr]} is the form's {@code title.fr}.
 */
public record FormErrors(String summary, List<FieldError> fields) {

    /** One invalid field, with the id of its input (the summary's link target). */
    public record FieldError(String field, String inputId, String message) {
    }

    public static final FormErrors NONE = new FormErrors(null, List.of());

    public static FormErrors of(Problem problem) {
        List<FieldError> fields = problem.errors().stream()
                .map(error -> {
                    String field = formName(error.field());
                    return new FieldError(field, inputId(field), error.message());
                })
                .toList();
        return new FormErrors(problem.message(), fields);
    }

    public boolean any() {
        return summary != null || !fields.isEmpty();
    }

    /** The message for an input, or for something inside it ({@code parties[0]} for {@code parties[0].role}). */
    public Optional<String> of(String field) {
        return fields.stream().filter(error -> error.field().equals(field)).map(FieldError::message).findFirst();
    }

    public boolean has(String field) {
        return of(field).isPresent();
    }

    public String message(String field) {
        return of(field).orElse(null);
    }

    /** The id an input with this name carries, so the summary can link to it. */
    public static String inputId(String field) {
        return "f-" + field.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }

    static String formName(String serviceField) {
        return serviceField.replaceAll("\\[([A-Za-z][A-Za-z0-9_-]*)]", ".$1");
    }
}
