package org.entente.platform.web;

import org.entente.platform.domain.Refusal;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one place a refusal of the domain becomes HTTP: a forbidden move or a conflict is a 409,
 * a missing detail a 422, contradictory details a 400, a rule keeping the caller out a 403. Ahead of {@link ProblemDetailsAdvice},
 * whose catch-all would otherwise answer first.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RefusalAdvice {

    static HttpStatus status(Refusal.Reason reason) {
        return switch (reason) {
            case FORBIDDEN_MOVE, CONFLICT -> HttpStatus.CONFLICT;
            case MISSING_DETAIL -> HttpStatus.UNPROCESSABLE_CONTENT;
            case INVALID_DETAIL -> HttpStatus.BAD_REQUEST;
            case NOT_PERMITTED -> HttpStatus.FORBIDDEN;
        };
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refused(Refusal refusal) {
        HttpStatus status = status(refusal.reason());
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, refusal.getMessage());
        body.setTitle(refusal.title());
        if (!refusal.properties().isEmpty()) {
            body.setProperties(refusal.properties());
        }
        return ResponseEntity.status(status).body(body);
    }
}
