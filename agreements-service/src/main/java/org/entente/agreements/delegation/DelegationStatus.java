package org.entente.agreements.delegation;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a visit stands. The lifecycle:
 * <pre>
 * PLANNED -> CONFIRMED -> COMPLETED
 * PLANNED|CONFIRMED -> CANCELLED
 * </pre>
 */
public enum DelegationStatus {
    PLANNED, CONFIRMED, COMPLETED, CANCELLED;

    /** The statuses this one may move to; none once the visit is over or called off. */
    public Set<DelegationStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(CONFIRMED, CANCELLED);
            case CONFIRMED -> EnumSet.of(COMPLETED, CANCELLED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(DelegationStatus.class);
        };
    }

    public boolean canMoveTo(DelegationStatus target) {
        return next().contains(target);
    }
}
