package org.entente.console;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates, times, numbers and bilingual texts in the reader's language and time zone ({@code @formats} in templates). */
@Component("formats")
public class Formats {

    private final ZoneId defaultZone;

    Formats(ConsoleProperties properties) {
        this.defaultZone = properties.timeZone();
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(zone()).format(instant);
    }

    public String number(Number number) {
        return number == null ? "" : NumberFormat.getIntegerInstance(locale()).format(number);
    }

    /** The text in the reader's language, else French, else any. */
    public String text(Map<String, String> texts) {
        return text(texts, locale());
    }

    /** The text in {@code locale}'s language, else French, else any; none is "". */
    public static String text(Map<String, String> texts, Locale locale) {
        if (texts == null || texts.isEmpty()) {
            return "";
        }
        String language = locale.getLanguage();
        if (texts.containsKey(language)) {
            return texts.get(language);
        }
        return texts.getOrDefault("fr", texts.values().iterator().next());
    }

    public ZoneId zone() {
        TimeZone zone = LocaleContextHolder.getTimeZone();
        return zone == null ? defaultZone : zone.toZoneId();
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
