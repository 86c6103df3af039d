package org.entente.console.brief;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.entente.console.Formats;
import org.entente.console.agreement.Agreement;
import org.entente.console.agreement.TimelineEntry;

/**
 * What the one-page brief of an agreement shows, as the three services answered it: the agreement
 * (agreements-service), its plan (actions-service; null when it has none yet) and its latest
 * timeline entries (notify-service), newest first.
 */
public record Brief(Facts agreement, Plan plan, List<TimelineEntry> latest, Instant preparedAt) {

    /** The entries a brief shows. */
    static final int LATEST = 5;

    public Brief {
        latest = latest == null ? List.of() : latest.stream().limit(LATEST).toList();
    }

    /** The agreement as agreements-service answers it, the fields a brief shows. */
    public record Facts(String id, String code, String kind, Map<String, String> title, String status,
                        List<Agreement.Party> parties, List<Contact> contacts, LocalDate signedOn, String signedAt,
                        LocalDate effectiveFrom, LocalDate expiresOn, Integer renewalNoticeDays,
                        LocalDate noticeDeadline, Agreement.StaffMember responsible) {

        public Facts {
            title = title == null ? Map.of() : title;
            parties = parties == null ? List.of() : parties;
            contacts = contacts == null ? List.of() : contacts;
        }

        /** The title in the reader's language, else French, else any. */
        public String titleIn(Locale locale) {
            return Formats.text(title, locale);
        }
    }

    public record Contact(String name, String function, String email, String phone, String role) {
    }

    /** The action plan's summary as actions-service answers it. */
    public record Plan(long items, double weightedCompletion, List<Deadline> overdue, List<Indicator> indicators) {

        public Plan {
            overdue = overdue == null ? List.of() : overdue;
            indicators = indicators == null ? List.of() : indicators;
        }
    }

    public record Deadline(String reference, String title, LocalDate dueDate, int percentComplete, String ownerName) {
    }

    public record Indicator(String name, String unit, Double target, double actual, Double percentOfTarget) {
    }
}
