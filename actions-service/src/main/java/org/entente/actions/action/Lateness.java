package org.entente.actions.action;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Why an open item is late: past its due date, blocked, or due to start (PLANNED, its start date
 * reached or not set) while an item it depends on is not done, named by reference.
 */
public record Lateness(boolean overdue, boolean blocked, List<String> waitingOn) {

    /**
     * @param plan the items of the item's plan by id, to tell which dependencies are not done
     * @return null when the item is not late (a done or cancelled item never is)
     */
    public static Lateness of(ActionItem item, Map<String, ActionItem> plan, LocalDate today) {
        if (!item.status().isOpen()) {
            return null;
        }
        ActionItem.Details details = item.details();
        boolean overdue = details.dueDate() != null && details.dueDate().isBefore(today);
        boolean blocked = item.status() == ActionStatus.BLOCKED;
        boolean dueToStart = details.startDate() == null || !details.startDate().isAfter(today);
        List<String> waitingOn = item.status() == ActionStatus.PLANNED && dueToStart
                ? details.dependsOn().stream().map(plan::get).filter(Objects::nonNull)
                .filter(other -> other.status() != ActionStatus.DONE)
                .map(other -> other.details().reference()).sorted().toList()
                : List.of();
        return overdue || blocked || !waitingOn.isEmpty() ? new Lateness(overdue, blocked, waitingOn) : null;
    }
}
