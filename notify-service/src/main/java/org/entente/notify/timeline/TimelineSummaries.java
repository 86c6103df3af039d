package org.entente.notify.timeline;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The one-line, human-readable account of an entry, in French or English. */
public final class TimelineSummaries {

    private static final Map<String, String[]> STATUS = Map.ofEntries(
            Map.entry("DRAFT", new String[] {"a draft", "un projet"}),
            Map.entry("NEGOTIATION", new String[] {"in negotiation", "en négociation"}),
            Map.entry("SIGNED", new String[] {"signed", "signé"}),
            Map.entry("ACTIVE", new String[] {"in force", "en vigueur"}),
            Map.entry("SUSPENDED", new String[] {"suspended", "suspendu"}),
            Map.entry("TERMINATED", new String[] {"terminated", "résilié"}),
            Map.entry("EXPIRED", new String[] {"expired", "expiré"}),
            Map.entry("ABANDONED", new String[] {"abandoned", "abandonné"}));

    private static final Map<String, String[]> VISIT_STATUS = Map.of(
            "PLANNED", new String[] {"planned", "programmée"},
            "CONFIRMED", new String[] {"confirmed", "confirmée"},
            "COMPLETED", new String[] {"completed", "terminée"},
            "CANCELLED", new String[] {"cancelled", "annulée"});

    private static final Map<String, String[]> ACTION_STATUS = Map.of(
            "PLANNED", new String[] {"planned", "prévue"},
            "IN_PROGRESS", new String[] {"in progress", "en cours"},
            "BLOCKED", new String[] {"blocked", "bloquée"},
            "DONE", new String[] {"done", "terminée"},
            "CANCELLED", new String[] {"cancelled", "annulée"});

    private TimelineSummaries() {
    }

    /** The reader's language: French when asked for, English otherwise. */
    public static String language(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage()) ? "fr" : "en";
    }

    public static String summary(TimelineEntry entry, Locale locale) {
        return summary(entry, language(locale));
    }

    public static String summary(TimelineEntry entry, String language) {
        boolean fr = "fr".equals(language);
        int lang = fr ? 1 : 0;
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
                    ? "L'accord " + code + " est désormais " + label(STATUS, data.get("to"), lang)
                    : "Agreement " + code + " is now " + label(STATUS, data.get("to"), lang))
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
            case "entente.delegation.scheduled.v1" -> (fr ? "Visite programmée : " : "Visit scheduled: ")
                    + visit(data, fr) + ", " + place(data) + ", " + dates(data, fr);
            case "entente.delegation.updated.v1" -> (fr ? "Visite modifiée : " : "Visit edited: ")
                    + visit(data, fr) + " (" + String.join(", ", list(data.get("changedFields"))) + ")";
            case "entente.delegation.status-changed.v1" -> (fr ? "Visite " : "Visit ")
                    + label(VISIT_STATUS, data.get("to"), lang) + (fr ? " : " : ": ")
                    + visit(data, fr) + ", " + place(data) + ", " + dates(data, fr)
                    + (data.get("reason") == null ? "" : (fr ? " — motif : " : " — reason: ") + data.get("reason"));
            case "entente.action.created.v1" -> (fr ? "Action ajoutée au plan : " : "Action added to the plan: ")
                    + action(data, fr) + due(data, fr);
            case "entente.action.updated.v1" -> (fr ? "Action modifiée : " : "Action edited: ") + action(data, fr)
                    + " (" + String.join(", ", list(data.get("changedFields"))) + ")";
            case "entente.action.status-changed.v1" -> "Action " + action(data, fr) + (fr ? " : " : ": ")
                    + label(ACTION_STATUS, data.get("to"), lang)
                    + (data.get("reason") == null ? "" : (fr ? " — motif : " : " — reason: ") + data.get("reason"));
            case "entente.action.progress-recorded.v1" -> (fr ? "Avancement de " : "Progress on ") + action(data, fr)
                    + (fr ? " : " : ": ") + map(data.get("action")).get("percentComplete") + " %"
                    + (data.get("note") == null ? "" : " — " + data.get("note"));
            case "entente.action.milestone-reached.v1" -> (fr ? "Jalon atteint : " : "Milestone reached: ")
                    + data.get("milestone") + " (" + action(data, fr) + ")";
            case "entente.action.due-soon.v1" -> fr
                    ? "Échéance dans " + data.get("daysLeft") + " jour(s) : " + action(data, fr) + due(data, true)
                    : "Due in " + data.get("daysLeft") + " day(s): " + action(data, fr) + due(data, false);
            case "entente.action.overdue.v1" -> fr
                    ? "En retard de " + data.get("daysOverdue") + " jour(s) : " + action(data, fr) + due(data, true)
                    : data.get("daysOverdue") + " day(s) overdue: " + action(data, fr) + due(data, false);
            case "entente.action.cancelled.v1" -> (fr ? "Action annulée : " : "Action cancelled: ") + action(data, fr)
                    + (data.get("reason") == null ? "" : (fr ? " — motif : " : " — reason: ") + data.get("reason"));
            default -> fallback(entry, data, fr);
        };
    }

    private static String action(Map<String, Object> data, boolean fr) {
        return actionName(map(data.get("action")), fr ? "fr" : "en");
    }

    /** An action item as people name it: its reference in the plan and its title, quoted the reader's way. */
    public static String actionName(Map<String, Object> action, String language) {
        String title = text(action.get("title"));
        return text(action.get("reference")) + ("fr".equals(language) ? " « " + title + " »" : " \"" + title + "\"");
    }


    private static String due(Map<String, Object> data, boolean fr) {
        Object dueDate = map(data.get("action")).get("dueDate");
        return dueDate == null ? "" : fr ? " (échéance le " + dueDate + ")" : " (due " + dueDate + ")";
    }

    /** Types this version does not know by name (a newer producer's): what happened, and to what. */
    private static String fallback(TimelineEntry entry, Map<String, Object> data, boolean fr) {
        String[] parts = entry.type().split("\\.");
        String what = parts.length > 2 ? parts[2].replace('-', ' ') : entry.type();
        Object title = map(data.get(parts.length > 1 ? parts[1] : "")).get("title");
        String about = title == null ? "" : fr ? " « " + title + " »" : " \"" + title + "\"";
        if (parts.length > 1 && "action".equals(parts[1])) {
            return (fr ? "Plan d'action" : "Action plan") + about + (fr ? " : " : ": ") + what;
        }
        return (fr ? "Événement " : "Event ") + entry.type() + about;
    }

    private static String visit(Map<String, Object> data, boolean fr) {
        String visiting = text(map(data.get("visitingOrganization")).get("name"));
        String host = text(map(data.get("hostOrganization")).get("name"));
        return fr ? visiting + " chez " + host : visiting + " to " + host;
    }

    private static String place(Map<String, Object> data) {
        return text(data.get("city")) + " (" + text(data.get("country")) + ")";
    }

    private static String dates(Map<String, Object> data, boolean fr) {
        Object start = data.get("startDate");
        Object end = data.get("endDate");
        if (end == null || end.equals(start)) {
            return (fr ? "le " : "on ") + start;
        }
        return fr ? "du " + start + " au " + end : "from " + start + " to " + end;
    }

    /** The title in the reader's language, else in whatever language it was given. */
    public static String title(Map<String, Object> agreement, String language) {
        Map<String, Object> titles = map(agreement.get("title"));
        Object title = titles.get(language);
        return titles.isEmpty() ? "" : text(title != null ? title : titles.values().iterator().next());
    }

    private static String label(Map<String, String[]> labels, Object status, int language) {
        String[] found = labels.get(text(status));
        return found == null ? text(status) : found[language];
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static List<String> list(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
