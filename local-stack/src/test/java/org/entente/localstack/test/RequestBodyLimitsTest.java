package org.entente.localstack.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.Test;

class RequestBodyLimitsTest {

    record Bounded(@NotBlank @Size(max = 64) String code,
                   @Size(max = 10) Map<@Pattern(regexp = "[a-z]{2}") String, @Size(max = 500) String> title,
                   @Size(max = 20) List<@Size(max = 50) String> themes,
                   @Size(max = 5) List<Person> people,
                   LocalDate signedOn,
                   Integer days) {
    }

    record Person(@Size(max = 200) String name, @Pattern(regexp = "[A-Z]{2}") String country, @Code String code) {
    }

    /** A constraint composed with a size, as a country code is. */
    @Size(max = 3)
    @Retention(RetentionPolicy.RUNTIME)
    @interface Code {
    }

    record Unbounded(String code,
                     @Size(max = 10) Map<@Pattern(regexp = "[a-z]+") String, String> title,
                     List<@Size(max = 50) String> themes,
                     @Size(max = 20) List<String> tags,
                     @Size(max = 5) List<Loose> people) {
    }

    record Loose(String name) {
    }

    @Test
    void aBodyWhoseStringsListsAndMapsAllHaveLimitsHasNothingUnbounded() {
        assertThat(RequestBodyLimits.unboundedIn(Bounded.class)).isEmpty();
    }

    @Test
    void everyStringListOrMapWithoutALimitIsNamedByItsPath() {
        assertThat(RequestBodyLimits.unboundedIn(Unbounded.class)).containsExactly(
                "Unbounded.code", "Unbounded.people[].name", "Unbounded.tags[]", "Unbounded.themes",
                "Unbounded.title{key}", "Unbounded.title{value}");
    }

    @Test
    void aPackageWithNoRequestBodyIsAMistakeNotAPass() {
        assertThatIllegalArgumentException().isThrownBy(() -> RequestBodyLimits.unboundedIn("org.entente.nowhere"))
                .withMessageContaining("org.entente.nowhere");
    }
}
