package org.entente.actions.agreement;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A 503 with {@code Retry-After}: the platform's problem answers carry no headers, this one needs one. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AgreementsUnavailableAdvice {

    static final String RETRY_AFTER_SECONDS = "5";

    @ExceptionHandler(AgreementsUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(AgreementsUnavailableException e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        body.setTitle("Agreement not available yet");
        body.setProperty("agreementId", e.agreementId());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).body(body);
    }
}
