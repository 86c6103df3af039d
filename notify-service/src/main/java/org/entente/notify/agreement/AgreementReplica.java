package org.entente.notify.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.entente.events.agreement.AccessSnapshot;
import org.entente.platform.security.Caller;
import org.entente.platform.security.RestrictedAccess;

/**
 * What notify-service knows of an agreement, learnt from agreement events: what matching
 * needs (parties' organizations and countries, themes, confidentiality), and what messages
 * and feeds name (code, titles, dates).
 */
public record AgreementReplica(
        String id,
        long version,
        String code,
        Map<String, String> title,
        String status,
        List<String> themes,
        String confidentiality,
        /* Who may see it while it is RESTRICTED. */
        AccessSnapshot access,
        List<String> organizationIds,
        List<String> countries,
        LocalDate signedOn,
        LocalDate expiresOn,
        Instant updatedAt) {

    public static final String COLLECTION = "agreements";

    public boolean restricted() {
        return RestrictedAccess.RESTRICTED.equals(confidentiality);
    }

    /** Whether this caller (a reader, or a subscriber as a notification's recipient) may know of the agreement. */
    public boolean visibleTo(Caller caller) {
        return RestrictedAccess.allows(caller, confidentiality, access);
    }

    /** The title in this language, else in any language given, else the code. */
    public String title(String language) {
        if (title == null || title.isEmpty()) {
            return code;
        }
        return title.getOrDefault(language, title.values().iterator().next());
    }
}
