package org.entente.console.actionplan;

import java.time.LocalDate;
import java.util.List;

/** An action item as actions-service answers it; the console reads only what its pages show. */
public record ActionItem(
        String id,
        long version,
        String agreementId,
        String reference,
        String title,
        String description,
        String category,
        Owner owner,
        LocalDate startDate,
        LocalDate dueDate,
        Integer weight,
        String status,
        int percentComplete,
        List<Milestone> milestones,
        List<Indicator> indicators,
        List<String> dependsOn,
        String cancellationReason,
        List<StatusChange> statusHistory,
        String updatedBy,
        Lateness lateness) {

    public ActionItem {
        lateness = lateness == null ? Lateness.NONE : lateness;
        milestones = milestones == null ? List.of() : milestones;
        indicators = indicators == null ? List.of() : indicators;
        dependsOn = dependsOn == null ? List.of() : dependsOn;
        statusHistory = statusHistory == null ? List.of() : statusHistory;
    }

    public record Owner(String name, String email, String userId) {
    }

    public record Milestone(String title, LocalDate dueDate, LocalDate reachedOn) {
    }

    /** An indicator; its target, baseline and baseline date are null when none is set. */
    public record Indicator(String name, String unit, Double target, double actual, Double baseline,
                            LocalDate baselineDate) {
    }

    public record StatusChange(String from, String to, String reason) {
    }

    public boolean isOpen() {
        return "PLANNED".equals(status) || "IN_PROGRESS".equals(status) || "BLOCKED".equals(status);
    }

    public boolean isDone() {
        return "DONE".equals(status);
    }

    /** Why the item is blocked: the reason given with its latest move to BLOCKED. */
    public String blockedReason() {
        for (int i = statusHistory.size() - 1; i >= 0; i--) {
            if ("BLOCKED".equals(statusHistory.get(i).to())) {
                return statusHistory.get(i).reason();
            }
        }
        return null;
    }

    /** The reference made fit for element ids and links ({@code KZ-1}). */
    public String key() {
        return PlanIds.of(reference);
    }

    /** Whether the signed-in user (their token subject) is the item's owner. */
    public boolean ownedBy(String subject) {
        return owner != null && owner.userId() != null && owner.userId().equals(subject);
    }
}
