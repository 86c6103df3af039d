package org.entente.platform.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.entente.platform.web.ProblemDetailsAdvice.FieldProblem;

import org.springframework.http.HttpStatus;

/**
 * The one error type the services throw for an answer the client must act on: a missing
 * resource, a refused move, a conflict. The platform turns it into a problem-details
 * response; {@link #with} adds members a client can use (the existing id, what is missing).
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public ProblemException(HttpStatus status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(HttpStatus.NOT_FOUND, capitalized(what) + " not found", "No " + what + " has id " + id + ".");
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, "Forbidden", detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(HttpStatus.CONFLICT, "Conflict", detail);
    }

    public static ProblemException badRequest(String field, String message) {
        return invalid(List.of(new FieldProblem(field, message)));
    }

    /** 400 listing each invalid field and the rule it broke, sorted by field; the detail repeats them. */
    public static ProblemException invalid(List<FieldProblem> errors) {
        List<FieldProblem> sorted = errors.stream().sorted(Comparator.comparing(FieldProblem::field)).toList();
        String detail = sorted.stream().map(error -> error.field() + ": " + error.message()).collect(Collectors.joining("; "));
        return new ProblemException(HttpStatus.BAD_REQUEST, "Invalid request",
                detail.isEmpty() ? "The request is invalid." : detail).with("errors", sorted);
    }

    /**
     * 422: the request is well formed but names something that does not exist, or asks for
     * what the current state refuses for want of something (a reason, a date reached).
     */
    public static ProblemException unprocessable(String field, String message) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "Unprocessable request", field + ": " + message)
                .with("errors", List.of(new FieldProblem(field, message)));
    }

    public ProblemException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    private static String capitalized(String what) {
        return what.isEmpty() ? what : Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }
}
