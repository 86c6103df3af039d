package org.entente.actions.action;

import java.util.EnumSet;
import java.util.Set;

/**
 * The workflow of an action item:
 * <pre>
 * PLANNED -> IN_PROGRESS -> DONE
 * PLANNED|IN_PROGRESS -> BLOCKED -> PLANNED|IN_PROGRESS
 * PLANNED|IN_PROGRESS|BLOCKED -> CANCELLED
 * </pre>
 * DONE and CANCELLED are final.
 */
public enum ActionStatus {
    PLANNED, IN_PROGRESS, BLOCKED, DONE, CANCELLED;

    /** Statuses of items still to be done: what deadlines and roll-ups of open work look at. */
    public static final Set<ActionStatus> OPEN = EnumSet.of(PLANNED, IN_PROGRESS, BLOCKED);

    public Set<ActionStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(IN_PROGRESS, BLOCKED, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(DONE, BLOCKED, CANCELLED);
            case BLOCKED -> EnumSet.of(PLANNED, IN_PROGRESS, CANCELLED);
            case DONE, CANCELLED -> EnumSet.noneOf(ActionStatus.class);
        };
    }

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
