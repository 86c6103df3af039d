package org.entente.console.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class FormErrorsTest {

    @Test
    void aFieldErrorLandsOnTheInputNamedLikeTheServiceField() {
        Problem invalid = new Problem(400, "Bad Request", "The request is invalid.", List.of(
                new Problem.FieldProblem("parties[1].signatory.name", "must not be blank"),
                new Problem.FieldProblem("title[fr]", "must not be blank")));

        FormErrors errors = FormErrors.of(invalid);

        assertThat(errors.summary()).isEqualTo("The request is invalid.");
        assertThat(errors.message("parties[1].signatory.name")).isEqualTo("must not be blank");
        assertThat(errors.has("title.fr")).as("a map key written title[fr] is the form's title.fr").isTrue();
        assertThat(errors.fields()).extracting(FormErrors.FieldError::inputId)
                .containsExactly("f-parties-1-signatory-name", "f-title-fr");
    }

    @Test
    void aRefusalWithoutFieldsStillHasItsSummary() {
        FormErrors errors = FormErrors.of(new Problem(422, "Unprocessable", "Signing needs a date.", null));

        assertThat(errors.any()).isTrue();
        assertThat(errors.summary()).isEqualTo("Signing needs a date.");
        assertThat(errors.fields()).isEmpty();
    }

    @Test
    void aRefusedFormIsShownAgainWithANewKey() {
        String first = FormPost.newKey();

        String again = FormPost.afterRefusal(java.util.Map.of(FormPost.KEY_FIELD, first, "name", "INSP")).get(FormPost.KEY_FIELD);

        assertThat(again).isNotBlank().isNotEqualTo(first);
    }
}
