package org.entente.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.http.HttpStatus;

/**
 * Validates a request built in code (a merged patch, say) with the same rules and the same
 * 400 answer as a {@code @Validated} body.
 */
public class RequestValidator {

    private final Validator validator;

    public RequestValidator(Validator validator) {
        this.validator = validator;
    }

    public <T> T validate(T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (violations.isEmpty()) {
            return request;
        }
        List<ProblemDetailsAdvice.FieldProblem> errors = violations.stream()
                .map(violation -> new ProblemDetailsAdvice.FieldProblem(violation.getPropertyPath().toString(),
                        violation.getMessage()))
                .sorted(Comparator.comparing(ProblemDetailsAdvice.FieldProblem::field))
                .toList();
        String detail = errors.stream().map(error -> error.field() + ": " + error.message())
                .reduce((a, b) -> a + "; " + b).orElse("");
        throw new ProblemException(HttpStatus.BAD_REQUEST, "Invalid request", detail).with("errors", errors);
    }
}
