package org.entente.platform.domain;

import java.time.Instant;

/**
 * When an aggregate was created and last changed, and by whom: token subjects, which the
 * store stamps on every write (the domain leaves them as they were read).
 */
public record Audit(Instant createdAt, Instant updatedAt, String createdBy, String updatedBy) {

    public static Audit startedAt(Instant now) {
        return new Audit(now, now, null, null);
    }

    public Audit touched(Instant now) {
        return new Audit(createdAt, now, createdBy, updatedBy);
    }
}
