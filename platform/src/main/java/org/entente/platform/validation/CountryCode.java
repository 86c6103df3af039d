package org.entente.platform.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Size;

/**
 * An ISO 3166-1 alpha-2 country code in capitals, such as FR or KZ. Null is valid (use @NotNull).
 * The composed {@code @Size} makes the length limit visible to the request-limits check.
 */
@Documented
@Constraint(validatedBy = CountryCodeValidator.class)
@Size(max = 2)
@ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CountryCode {

    String message() default "must be an ISO 3166-1 alpha-2 country code such as FR or KZ";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
