package org.entente.agreements.agreement;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of an agreement:
 * <pre>
 * DRAFT -> NEGOTIATION -> SIGNED -> ACTIVE <-> SUSPENDED
 *                                   ACTIVE|SUSPENDED -> TERMINATED
 *                                   ACTIVE -> EXPIRED (on its expiry date) -> ACTIVE (renewal)
 * DRAFT|NEGOTIATION -> ABANDONED
 * </pre>
 */
public enum AgreementStatus {
    DRAFT, NEGOTIATION, SIGNED, ACTIVE, SUSPENDED, TERMINATED, EXPIRED, ABANDONED;

    /** In force or paused: the statuses whose expiry date the daily job watches and announces. */
    public static final Set<AgreementStatus> RUNNING = EnumSet.of(ACTIVE, SUSPENDED);

    /** Not signed yet: the statuses an agreement is submitted for approval in, and whose edits restart its review. */
    public static final Set<AgreementStatus> BEFORE_SIGNATURE = EnumSet.of(DRAFT, NEGOTIATION);

    /** Where an agreement may go from here, by whatever means (a request, the expiry job, a renewal). */
    public Set<AgreementStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(NEGOTIATION, ABANDONED);
            case NEGOTIATION -> EnumSet.of(SIGNED, ABANDONED);
            case SIGNED -> EnumSet.of(ACTIVE);
            case ACTIVE -> EnumSet.of(SUSPENDED, TERMINATED, EXPIRED);
            case SUSPENDED -> EnumSet.of(ACTIVE, TERMINATED);
            case EXPIRED -> EnumSet.of(ACTIVE);
            case TERMINATED, ABANDONED -> EnumSet.noneOf(AgreementStatus.class);
        };
    }

}
