package org.entente.actions.agreement;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.events.agreement.AccessSnapshot;
import org.entente.platform.security.Caller;
import org.entente.platform.security.RestrictedAccess;
import org.springframework.data.mongodb.core.query.Update;

/**
 * What actions-service knows of an agreement, learnt from agreement events (or, once, from
 * agreements-service itself): enough to attach an action plan, to refuse items on a closed
 * agreement and to roll indicators up by country and theme.
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
        List<String> countries,
        Instant updatedAt) {

    public static final String COLLECTION = "agreements";

    /** Statuses after which an agreement takes no new action items. */
    public static final Set<String> CLOSED = Set.of("TERMINATED", "EXPIRED", "ABANDONED");

    public boolean isClosed() {
        return CLOSED.contains(status);
    }

    /** Whether the caller may know of this agreement (and so of its plan). */
    public boolean visibleTo(Caller caller) {
        return RestrictedAccess.allows(caller, confidentiality, access);
    }

    public boolean isSuspended() {
        return "SUSPENDED".equals(status);
    }

    /** The replica's fields, however they were learnt; the version is set by the upsert. */
    static Update fields(String code, Map<String, String> title, String status, List<String> themes,
                         String confidentiality, AccessSnapshot access, List<String> countries,
                         Instant updatedAt) {
        return new Update()
                .set("code", code)
                .set("title", title)
                .set("status", status)
                .set("themes", themes == null ? List.of() : themes)
                .set("confidentiality", confidentiality)
                .set("access", access)
                .set("countries", countries.stream().filter(java.util.Objects::nonNull).distinct().toList())
                .set("updatedAt", updatedAt);
    }
}
