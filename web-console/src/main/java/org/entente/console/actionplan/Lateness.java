package org.entente.console.actionplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Why an open item is late: past its due date, blocked, or due to start while an item it depends
 * on is not done. Read from the item and the plan it belongs to; the service keeps no such flag.
 */
public record Lateness(boolean overdue, boolean blocked, List<String> waitingOn) {

    public static final Lateness NONE = new Lateness(false, false, List.of());

    /**
     * @param plan the plan's items by id, to tell which dependencies are not done
     */
    public static Lateness of(ActionItem item, Map<String, ActionItem> plan, LocalDate today) {
        if (!item.isOpen()) {
            return NONE;
        }
        boolean overdue = item.dueDate() != null && item.dueDate().isBefore(today);
        boolean blocked = "BLOCKED".equals(item.status());
        List<String> waitingOn = new ArrayList<>();
        boolean dueToStart = item.startDate() == null || !item.startDate().isAfter(today);
        if ("PLANNED".equals(item.status()) && dueToStart) {
            for (String dependency : item.dependsOn()) {
                ActionItem other = plan.get(dependency);
                if (other != null && !other.isDone()) {
                    waitingOn.add(other.reference());
                }
            }
        }
        return new Lateness(overdue, blocked, List.copyOf(waitingOn));
    }

    public boolean late() {
        return overdue || blocked || !waitingOn.isEmpty();
    }
}
