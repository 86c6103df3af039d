package org.entente.platform.spreadsheet;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One data row's cells by column key, read into typed values; each value that cannot be read
 * is noted as a {@link CellError} naming the column as the file names it, and read as null.
 */
public final class RowValues {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final Map<String, String> values;
    private final Set<String> formulas;
    private final Map<String, String> headers;
    private final Vocabulary vocabulary;
    private final List<CellError> errors = new ArrayList<>();

    public RowValues(Map<String, String> values, Set<String> formulas, Map<String, String> headers, Vocabulary vocabulary) {
        this.values = values;
        this.formulas = formulas;
        this.headers = headers;
        this.vocabulary = vocabulary;
        formulas.forEach(column -> error(column, "is a formula; formulas are not evaluated: enter the value itself"));
    }

    public List<CellError> errors() {
        return errors;
    }

    /** The column as the file's header names it (the key if the file lacks the column). */
    public String header(String column) {
        return headers.getOrDefault(column, column);
    }

    public void error(String column, String rule) {
        errors.add(new CellError(column == null ? null : header(column), column == null ? null : values.get(column), rule));
    }

    /** The trimmed text, or null when blank or a formula. */
    public String text(String column) {
        String value = values.get(column);
        return value == null || value.isBlank() || formulas.contains(column) ? null : value.trim();
    }

    public LocalDate date(String column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, FRENCH_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            error(column, "must be a date as YYYY-MM-DD or DD/MM/YYYY");
            return null;
        }
    }

    public Integer integer(String column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            error(column, "must be a whole number");
            return null;
        }
    }

    /** A number, its decimals after "." or, as French spreadsheets write them, ","; no thousands separators. */
    public Double decimal(String column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return new java.math.BigDecimal(text.replace(',', '.')).doubleValue();
        } catch (NumberFormatException e) {
            error(column, "must be a number such as 12 or 12.5");
            return null;
        }
    }

    public String country(String column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        return vocabulary.country(text).orElseGet(() -> {
            error(column, "must be an ISO 3166-1 alpha-2 country code such as FR or KZ, or a country's name in English or French");
            return null;
        });
    }

    public <E extends Enum<E>> E constant(String column, Class<E> type) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        return vocabulary.constant(type, text).orElseGet(() -> {
            error(column, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")) + ", or its name in English or French");
            return null;
        });
    }

    /** A list in one cell, its items separated by ";" or "," (themes). */
    public List<String> list(String column) {
        String text = text(column);
        return text == null ? List.of() : Arrays.stream(text.split("[;,]")).map(String::trim)
                .filter(item -> !item.isEmpty()).toList();
    }
}
