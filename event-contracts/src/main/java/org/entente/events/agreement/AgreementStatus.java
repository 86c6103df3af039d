package org.entente.events.agreement;

import java.util.Arrays;
import java.util.Optional;

/**
 * The statuses an agreement snapshot's {@code status} names, and what consumers conclude from
 * them. The lifecycle's moves are agreements-service's to decide; these are what a status means
 * to whoever follows it.
 */
public enum AgreementStatus {
    DRAFT, NEGOTIATION, SIGNED, ACTIVE, SUSPENDED, TERMINATED, EXPIRED, ABANDONED;

    /** The status a snapshot names, if this version knows it. */
    public static Optional<AgreementStatus> of(String name) {
        return Arrays.stream(values()).filter(status -> status.name().equals(name)).findFirst();
    }

    /** Closed: the agreement is over and takes no new action items. */
    public boolean isClosed() {
        return this == TERMINATED || this == EXPIRED || this == ABANDONED;
    }

    /**
     * Broken off: closed before its term (terminated or abandoned), so what was still open of
     * its action plan is cancelled. An expired agreement ran its course; its plan stays as it is.
     */
    public boolean isBrokenOff() {
        return isClosed() && this != EXPIRED;
    }
}
