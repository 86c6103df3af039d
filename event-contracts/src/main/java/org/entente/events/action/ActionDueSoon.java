package org.entente.events.action;

/**
 * Data of {@code entente.action.due-soon.v1}: the daily job announces an open item's due date
 * ahead of time, once per due date and threshold ({@code daysBefore}); {@code daysLeft} is the exact count.
 */
public record ActionDueSoon(ActionSnapshot action, int daysBefore, long daysLeft) implements ActionEvent {
}
