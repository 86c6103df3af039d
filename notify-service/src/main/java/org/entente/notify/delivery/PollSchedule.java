package org.entente.notify.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * When the dispatcher asks the store for deliveries due. Asking costs a read of the deliveries
 * by status and due time, a whole-collection scan on the embedded store; so after a look that
 * found nothing, it asks again only when something may have become due: deliveries created or
 * revived here (a nudge), a retry it scheduled coming due, or the idle interval passing (what
 * another instance left, a lease run out).
 */
final class PollSchedule {

    private final Duration idle;
    private boolean nudged = true;
    private Instant idleUntil = Instant.MIN;
    /** When the retries this dispatcher scheduled fall due. */
    private final NavigableSet<Instant> retries = new TreeSet<>();

    PollSchedule(Duration idle) {
        this.idle = idle;
    }

    /** Deliveries are due now. */
    synchronized void nudge() {
        nudged = true;
    }

    /** A retry this dispatcher scheduled falls due then. */
    synchronized void retryAt(Instant at) {
        retries.add(at);
    }

    /** Whether to look now; a nudge is taken by the look, so one that comes during it makes the next look too. */
    synchronized boolean shouldLook(Instant now) {
        boolean look = nudged || !now.isBefore(idleUntil) || !retries.isEmpty() && !now.isBefore(retries.first());
        nudged = false;
        return look;
    }

    /** After a look: one that claimed deliveries looks again at once, there may be more. */
    synchronized void looked(Instant now, int claimed) {
        idleUntil = claimed > 0 ? now : now.plus(idle);
        retries.headSet(now, true).clear();
    }
}
