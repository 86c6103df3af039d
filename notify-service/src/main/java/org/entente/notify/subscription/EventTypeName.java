package org.entente.notify.subscription;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Size;

import org.entente.events.EventCatalog;

/**
 * An event type a subscription may follow: one of the catalog, or an action type
 * ({@code entente.action.<what>.v<n>}) that actions-service will publish; the composed size
 * keeps such a name to a readable length.
 */
@Size(max = 100)
@ReportAsSingleViolation
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EventTypeName.Validator.class)
public @interface EventTypeName {

    String message() default "is not an event type of the catalog (docs/events.md)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<EventTypeName, String> {

        private static final Pattern ACTION_TYPE = Pattern.compile("entente\\.action\\.[a-z]+(-[a-z]+)*\\.v\\d+");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || EventCatalog.byName(value).isPresent() || ACTION_TYPE.matcher(value).matches();
        }
    }
}
