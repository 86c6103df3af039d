package org.entente.platform.domain;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A rule of the domain said no. The domain names the reason and explains it; the platform
 * turns it into a problem-details answer once ({@code RefusalAdvice}), so no aggregate knows HTTP.
 * {@link #with} adds members a client can use: where the item may go, what is missing, the existing id.
 */
public final class Refusal extends RuntimeException {

    /** Why a rule refused. */
    public enum Reason {
        /** The lifecycle does not allow this move from the current state. */
        FORBIDDEN_MOVE,
        /** The move or the reference needs something the request or the state lacks. */
        MISSING_DETAIL,
        /** The state refuses it: a duplicate, a closed item, a full log. */
        CONFLICT,
        /** The details contradict each other (an end before its start, a name given twice). */
        INVALID_DETAIL,
        /** The caller may not do this to this item, by a rule of the domain (separation of duties, not their step). */
        NOT_PERMITTED
    }

    /** One field at fault and the rule it broke. */
    public record FieldError(String field, String message) {
    }

    private final Reason reason;
    private final String title;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public Refusal(Reason reason, String title, String detail) {
        super(detail);
        this.reason = reason;
        this.title = title;
    }

    public static Refusal forbiddenMove(String detail) {
        return new Refusal(Reason.FORBIDDEN_MOVE, "Transition not allowed", detail);
    }

    public static Refusal conflict(String detail) {
        return new Refusal(Reason.CONFLICT, "Conflict", detail);
    }

    /** A field the state cannot accept: it names something that does not exist, or lacks what the move needs. */
    public static Refusal missing(String field, String message) {
        return new Refusal(Reason.MISSING_DETAIL, "Unprocessable request", field + ": " + message)
                .with("errors", List.of(new FieldError(field, message)));
    }

    /** Details that contradict each other, listed by field, sorted; the detail repeats them. */
    public static Refusal invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static Refusal invalid(List<FieldError> errors) {
        List<FieldError> sorted = errors.stream().sorted(Comparator.comparing(FieldError::field)).toList();
        String detail = sorted.stream().map(error -> error.field() + ": " + error.message())
                .collect(Collectors.joining("; "));
        return new Refusal(Reason.INVALID_DETAIL, "Invalid request", detail).with("errors", sorted);
    }

    /** A rule of the domain keeps this caller from doing it; {@code rule} names the rule for clients. */
    public static Refusal notPermitted(String rule, String detail) {
        return new Refusal(Reason.NOT_PERMITTED, "Not permitted", detail).with("rule", rule);
    }

    public Refusal with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public Reason reason() {
        return reason;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
