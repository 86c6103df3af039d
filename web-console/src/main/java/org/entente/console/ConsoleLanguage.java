package org.entente.console;

import java.util.Locale;

/** The console speaks French and English: French for a French reader, English for everyone else. */
public final class ConsoleLanguage {

    private ConsoleLanguage() {
    }

    /** The console's locale for a language code (a browser's, a subscriber's, a request's). */
    public static Locale of(String language) {
        return "fr".equals(language) ? Locale.FRENCH : Locale.ENGLISH;
    }
}
