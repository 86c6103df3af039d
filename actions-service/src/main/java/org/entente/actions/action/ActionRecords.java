package org.entente.actions.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.entente.events.action.IndicatorSnapshot;

/** The small records an action item is made of. */
public final class ActionRecords {

    private ActionRecords() {
    }

    /** Who answers for the item. */
    /** Who carries the item; {@code userId} (their token subject) may record its progress. */
    public record Owner(String name, String email, String userId) {

        public boolean is(String subject) {
            return userId != null && userId.equals(subject);
        }
    }

    /** A step on the way, reached when a progress entry says so. */
    public record Milestone(String title, LocalDate dueDate, LocalDate reachedOn) {
    }

    /**
     * What the item counts: a target (null when none is set), the value reached so far, and the
     * baseline it started from with the date it was measured (null when none is set).
     */
    public record Indicator(String name, String unit, Double target, double actual, Double baseline,
                            LocalDate baselineDate) {

        IndicatorSnapshot snapshot() {
            return new IndicatorSnapshot(name, unit, target, actual, baseline, baselineDate);
        }

        /** The same indicator at another actual value. */
        Indicator at(double value) {
            return new Indicator(name, unit, target, value, baseline, baselineDate);
        }
    }

    /** An indicator's total as of a progress entry. */
    public record IndicatorValue(String name, double value) {
    }

    /** One move in the workflow; {@code override} is the reason given to pass a guard. */
    public record StatusChange(ActionStatus from, ActionStatus to, String reason, String override, boolean automatic,
                               Instant at) {
    }

    /** One entry of the append-only progress log. */
    public record ProgressEntry(String id, String author, String note, Integer percentComplete,
                                List<IndicatorValue> indicatorValues, List<String> milestonesReached, Instant at) {
    }
}
