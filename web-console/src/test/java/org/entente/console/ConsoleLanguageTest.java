package org.entente.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class ConsoleLanguageTest {

    @Test
    void frenchForFrenchAndEnglishForAnyOtherLanguageOrNone() {
        assertThat(ConsoleLanguage.of("fr")).isEqualTo(Locale.FRENCH);
        assertThat(ConsoleLanguage.of("en")).isEqualTo(Locale.ENGLISH);
        assertThat(ConsoleLanguage.of("kk")).isEqualTo(Locale.ENGLISH);
        assertThat(ConsoleLanguage.of(null)).isEqualTo(Locale.ENGLISH);
    }
}
