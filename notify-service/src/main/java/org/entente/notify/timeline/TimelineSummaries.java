package org.entente.notify.timeline;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The one-line, human-readable account of an entry, in French or English. */
final class TimelineSummaries {

    private static final Map<String, String[]> STATUS = Map.of(
            "DRAFT", new String[] {"a draft", "un projet"},
            "NEGOTIATION", new String[] {"in negotiation", "en négociation"},
            "SIGNED", new String[] {"signed", "signé"},
            "ACTIVE", new String[] {"in force", "en vigueur"},
            "SUSPENDED", new String[] {"suspended", "suspendu"},
            "TERMINATED", new String[] {"terminated", "résilié"},
            "EXPIRED", new String[] {"expired", "expiré"},
            "ABANDONED", new String[] {"abandoned", "abandonné"});

    private TimelineSummaries() {
    }

    static String summary(TimelineEntry entry, Locale locale) {
        boolean fr = "fr".equals(locale.getLanguage());
        Map<String, Object> data = entry.data();
        Map<String, Object> agreement = map(data.get("agreement"));
        String code = text(agreement.get("code"));
        return switch (entry.type()) {
            case "entente.agreement.created.v1" -> fr
                    ? "Accord " + code + " enregistré : " + title(agreement, "fr")
                    : "Agreement " + code + " registered: " + title(agreement, "en");
            case "entente.agreement.updated.v1" -> (fr ? "Accord " + code + " modifié : " : "Agreement " + code + " edited: ")
                    + String.join(", ", list(data.get("changedFields")));
            case "entente.agreement.status-changed.v1" -> (fr
                    ? "L'accord " + code + " est désormais " + status(data.get("to"), 1)
                    : "Agreement " + code + " is now " + status(data.get("to"), 0))
                    + (data.get("reason") == null ? "" : (fr ? " : " : ": ") + data.get("reason"));
            case "entente.agreement.renewed.v1" -> fr
                    ? "Accord " + code + " renouvelé jusqu'au " + data.get("expiresOn")
                    : "Agreement " + code + " renewed until " + data.get("expiresOn");
            case "entente.agreement.document-added.v1" -> fr
                    ? "Document " + data.get("fileName") + " joint à l'accord " + code
                    : "Document " + data.get("fileName") + " attached to agreement " + code;
            case "entente.agreement.expiring.v1" -> fr
                    ? "L'accord " + code + " expire dans " + data.get("daysLeft") + " jours (le " + agreement.get("expiresOn") + ")"
                    : "Agreement " + code + " expires in " + data.get("daysLeft") + " days (on " + agreement.get("expiresOn") + ")";
            case "entente.organization.registered.v1" -> (fr ? "Organisation enregistrée : " : "Organization registered: ")
                    + data.get("name") + " (" + data.get("country") + ")";
            case "entente.organization.updated.v1" -> (fr ? "Organisation modifiée : " : "Organization edited: ")
                    + data.get("name") + " (" + String.join(", ", list(data.get("changedFields"))) + ")";
            default -> entry.type();
        };
    }

    /** The title in the reader's language, else in whatever language it was given. */
    private static String title(Map<String, Object> agreement, String language) {
        Map<String, Object> titles = map(agreement.get("title"));
        Object title = titles.get(language);
        return titles.isEmpty() ? "" : text(title != null ? title : titles.values().iterator().next());
    }

    private static String status(Object status, int language) {
        String[] labels = STATUS.get(text(status));
        return labels == null ? text(status) : labels[language];
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static List<String> list(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
