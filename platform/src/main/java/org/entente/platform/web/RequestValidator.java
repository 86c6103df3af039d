package org.entente.platform.web;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

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
        throw ProblemException.invalid(violations.stream()
                .map(violation -> new ProblemDetailsAdvice.FieldProblem(violation.getPropertyPath().toString(),
                        violation.getMessage()))
                .toList());
    }
}
