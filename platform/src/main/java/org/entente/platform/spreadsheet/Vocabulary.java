package org.entente.platform.spreadsheet;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

import org.entente.platform.validation.CountryCodeValidator;
import org.entente.platform.web.Languages;
import org.entente.platform.web.SearchText;

/**
 * The words a spreadsheet may use, in English or French: column headers, enumeration labels
 * and country names. Matching ignores case, accents and spacing.
 */
@org.springframework.stereotype.Component
public final class Vocabulary {

    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);

    private final Map<Locale, ResourceBundle> headers = new HashMap<>();
    private final Map<Locale, ResourceBundle> labels = new HashMap<>();
    private final Map<Locale, ResourceBundle> examples = new HashMap<>();
    private final Map<String, String> countries = new HashMap<>();

    public Vocabulary() {
        for (Locale language : LANGUAGES) {
            headers.put(language, ResourceBundle.getBundle("imports/columns", language, NO_FALLBACK));
            labels.put(language, ResourceBundle.getBundle("imports/labels", language, NO_FALLBACK));
            examples.put(language, ResourceBundle.getBundle("imports/examples", language, NO_FALLBACK));
        }
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            countries.put(SearchText.normalize(code), code);
            for (Locale language : LANGUAGES) {
                countries.put(SearchText.normalize(country.getDisplayCountry(language)), code);
            }
        }
    }

    /** English is the base bundle: no fallback to the JVM's own locale. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public String header(ImportKind kind, String column, Locale language) {
        return headers.get(Languages.locale(language)).getString(kind.name() + "." + column);
    }

    /** The header row of a kind in this language: templates and exports write it. */
    public List<String> headers(ImportKind kind, Locale language) {
        return kind.columns().stream().map(column -> header(kind, column, language)).toList();
    }

    /** The column a header names, in either language or by its key. */
    public Optional<String> column(ImportKind kind, String header) {
        if (header == null) {
            return Optional.empty();
        }
        String wanted = words(header);
        return kind.columns().stream().filter(column -> words(column).equals(wanted)
                || LANGUAGES.stream().anyMatch(language -> words(header(kind, column, language)).equals(wanted)))
                .findFirst();
    }

    /** A cell of the template's example row whose words or date format depend on the language. */
    public String example(ImportKind kind, String column, Locale language) {
        return examples.get(Languages.locale(language)).getString(kind.name() + "." + column);
    }

    public String label(Enum<?> value, Locale language) {
        return labels.get(Languages.locale(language)).getString(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** The constant a cell names by its code or its label in either language. */
    <E extends Enum<E>> Optional<E> constant(Class<E> type, String text) {
        String wanted = words(text);
        return Arrays.stream(type.getEnumConstants()).filter(value -> words(value.name()).equals(wanted)
                || LANGUAGES.stream().anyMatch(language -> words(label(value, language)).equals(wanted)))
                .findFirst();
    }

    /** Lower case, no accents, one space between words however they were separated ("Signed_on", "signed  on"). */
    private static String words(String text) {
        return SearchText.normalize(text).replaceAll("[\\s_-]+", " ");
    }

    /** An ISO 3166-1 alpha-2 code, or a country's name in English or French. */
    Optional<String> country(String text) {
        String trimmed = text.trim();
        if (CountryCodeValidator.isCountryCode(trimmed.toUpperCase(Locale.ROOT)) && trimmed.length() == 2) {
            return Optional.of(trimmed.toUpperCase(Locale.ROOT));
        }
        return Optional.ofNullable(countries.get(SearchText.normalize(trimmed)));
    }
}
