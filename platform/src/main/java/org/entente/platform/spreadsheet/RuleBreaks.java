package org.entente.platform.spreadsheet;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.entente.platform.domain.Refusal;
import org.entente.platform.outbox.StaleVersionException;
import org.entente.platform.web.ProblemException;
import org.springframework.stereotype.Component;

/**
 * Turns the API's own checks (bean validation of the request records, the domain's refusals)
 * into row errors, each placed on the column that holds the field, with the API's message.
 */
@Component
public class RuleBreaks {

    private final Validator validator;

    RuleBreaks(Validator validator) {
        this.validator = validator;
    }

    /** Validates the request as the API does; false when a rule is broken (noted on the row). */
    public <T> boolean valid(T request, RowValues row, Function<String, String> columnOf) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        // A cell already refused (an unknown label read as null) is not refused again as "must not be null".
        Set<String> refused = row.errors().stream().map(CellError::column).collect(java.util.stream.Collectors.toSet());
        violations.stream().sorted(java.util.Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .forEach(violation -> {
                    String column = columnOf.apply(violation.getPropertyPath().toString());
                    if (!refused.contains(row.header(column))) {
                        row.error(column, violation.getMessage());
                    }
                });
        return violations.isEmpty();
    }

    /** A refusal of the domain or the store, as row errors on the columns it names. */
    public void refused(RuntimeException refusal, RowValues row, Function<String, String> columnOf) {
        if (refusal instanceof Refusal domain && domain.properties().get("errors") instanceof List<?> errors) {
            for (Object error : errors) {
                Refusal.FieldError field = (Refusal.FieldError) error;
                row.error(columnOf.apply(field.field()), field.message());
            }
        } else if (refusal instanceof Refusal || refusal instanceof ProblemException) {
            row.error(null, refusal.getMessage());
        } else if (refusal instanceof StaleVersionException) {
            row.error(null, "changed by someone else while the import ran; import the file again");
        } else {
            throw refusal;
        }
    }

    /** {@code signedOn} → {@code signed_on}: the API's field names as column keys. */
    public static String snakeCase(String field) {
        return field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
