package org.entente.actions.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An agreement's action plan at a glance: how many items in each status, how complete it is
 * (percent complete weighted by each item's weight, cancelled items left out), what is late,
 * what comes next, and each indicator's total against its target.
 */
public record PlanSummary(
        String agreementId,
        String code,
        String agreementStatus,
        long items,
        Map<String, Long> countsByStatus,
        double weightedCompletion,
        List<Deadline> overdue,
        List<Deadline> nextDeadlines,
        List<IndicatorTotal> indicators) {

    /** An open item and its due date. */
    public record Deadline(String actionId, String reference, String title, LocalDate dueDate, String status,
                           int percentComplete, String ownerName) {
    }

    /**
     * One indicator summed over the plan's items that declare it (same name and unit): the
     * target is null when none of them set one; {@code percentOfTarget} is null without a target.
     */
    public record IndicatorTotal(String name, String unit, Double target, double actual, Double percentOfTarget,
                                 long items) {
    }
}
