package org.entente.notify.timeline;

import java.util.Locale;
import java.util.Map;

/** The one-line, human-readable account of an entry, in French or English. */
final class TimelineSummaries {

    private TimelineSummaries() {
    }

    static String summary(TimelineEntry entry, Locale locale) {
        boolean french = "fr".equals(locale.getLanguage());
        Map<String, Object> data = entry.data();
        String code = String.valueOf(data.get("code"));
        return switch (entry.type()) {
            case "entente.agreement.created.v1" -> french
                    ? "Accord " + code + " enregistré : " + title(data, "fr")
                    : "Agreement " + code + " registered: " + title(data, "en");
            default -> entry.type();
        };
    }

    /** The title in the reader's language, else in whatever language it was given. */
    private static String title(Map<String, Object> data, String language) {
        if (data.get("title") instanceof Map<?, ?> titles && !titles.isEmpty()) {
            Object title = titles.get(language);
            return String.valueOf(title != null ? title : titles.values().iterator().next());
        }
        return "";
    }
}
