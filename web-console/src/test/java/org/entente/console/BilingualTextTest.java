package org.entente.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A bilingual value (an agreement's title) as the console and the brief show it. */
class BilingualTextTest {

    @Test
    void theReadersLanguageFirst() {
        assertThat(Formats.text(Map.of("fr", "Mémorandum", "en", "Memorandum"), Locale.ENGLISH)).isEqualTo("Memorandum");
    }

    @Test
    void elseFrench() {
        assertThat(Formats.text(Map.of("fr", "Mémorandum", "ko", "양해각서"), Locale.ENGLISH)).isEqualTo("Mémorandum");
    }

    @Test
    void elseTheOneThereIs() {
        assertThat(Formats.text(Map.of("ko", "양해각서"), Locale.FRENCH)).isEqualTo("양해각서");
    }

    @Test
    void noneIsEmpty() {
        assertThat(Formats.text(Map.of(), Locale.FRENCH)).isEmpty();
        assertThat(Formats.text(null, Locale.FRENCH)).isEmpty();
    }
}
