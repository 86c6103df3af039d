package org.entente.console.actionplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An agreement's action plan at a glance, as actions-service sums it up (GET /api/agreements/{id}/plan). */
public record PlanSummary(
        String agreementId,
        String code,
        long items,
        Map<String, Long> countsByStatus,
        double weightedCompletion,
        List<Deadline> overdue,
        List<Deadline> nextDeadlines,
        List<IndicatorTotal> indicators) {

    public PlanSummary {
        countsByStatus = countsByStatus == null ? Map.of() : countsByStatus;
        overdue = overdue == null ? List.of() : overdue;
        nextDeadlines = nextDeadlines == null ? List.of() : nextDeadlines;
        indicators = indicators == null ? List.of() : indicators;
    }

    public record Deadline(String actionId, String reference, String title, LocalDate dueDate, String status,
                           int percentComplete, String ownerName) {
    }

    public record IndicatorTotal(String name, String unit, Double target, double actual, Double percentOfTarget,
                                 long items) {
    }

    public long count(String status) {
        return countsByStatus.getOrDefault(status, 0L);
    }
}
