package org.entente.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.http.HttpStatus;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates a request built in code (a merged patch, say) with the same rules and the same
 * 400 answer as a {@code @Validated} body.
 */
public class RequestValidator {

    private final Validator validator;
    private final JsonMapper json;

    public RequestValidator(Validator validator, JsonMapper json) {
        this.validator = validator;
        this.json = json;
    }

    /**
     * Applies a JSON merge patch to the request that reproduces a resource's current state,
     * and validates the result: the request a PUT would have sent.
     */
    @SuppressWarnings("unchecked")
    public <R> R patch(R current, JsonNode patch) {
        JsonNode merged = MergePatch.applyToResource(json.valueToTree(current), patch);
        return validate(json.treeToValue(merged, (Class<R>) current.getClass()));
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
