package org.entente.actions.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.entente.actions.action.ActionRequest.IndicatorRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An indicator's baseline rules as the request's annotations state them, without HTTP. */
class IndicatorRequestTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void aBaselineIsOptional() {
        assertThat(validator.validate(new IndicatorRequest("modules", null, 6.0, null, null))).isEmpty();
    }

    @Test
    void aBaselineIsNotNegative() {
        assertThat(brokenFields(new IndicatorRequest("modules", null, 6.0, -1.0, LocalDate.of(2025, 1, 1))))
                .containsExactly("baseline");
    }

    @Test
    void aBaselineIsAtMostATrillion() {
        assertThat(brokenFields(new IndicatorRequest("modules", null, null, 2e12, null))).containsExactly("baseline");
    }

    @Test
    void aZeroBaselineWithItsDateIsValid() {
        assertThat(validator.validate(new IndicatorRequest("modules", null, 6.0, 0.0, LocalDate.of(2025, 1, 1)))).isEmpty();
    }

    private static List<String> brokenFields(IndicatorRequest request) {
        return validator.validate(request).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString).toList();
    }
}
