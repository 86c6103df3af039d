package org.entente.platform.web;

import org.springframework.http.HttpStatus;

/**
 * The one error type the services throw for an answer the client must act on: a missing
 * resource, a refused move, a conflict. The platform turns it into a problem-details response.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String title;

    public ProblemException(HttpStatus status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(HttpStatus.NOT_FOUND, what + " not found", "No " + what + " has id " + id + ".");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(HttpStatus.CONFLICT, "Conflict", detail);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }
}
