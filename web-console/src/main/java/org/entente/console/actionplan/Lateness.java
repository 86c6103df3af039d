package org.entente.console.actionplan;

import java.util.List;

/**
 * Why an open item is late, as actions-service says on each item (it holds the rule): past its due
 * date, blocked, or due to start while the items named by reference are not done.
 */
public record Lateness(boolean overdue, boolean blocked, List<String> waitingOn) {

    /** What the service's null means: not late. */
    public static final Lateness NONE = new Lateness(false, false, List.of());

    public Lateness {
        waitingOn = waitingOn == null ? List.of() : waitingOn;
    }

    public boolean late() {
        return overdue || blocked || !waitingOn.isEmpty();
    }
}
