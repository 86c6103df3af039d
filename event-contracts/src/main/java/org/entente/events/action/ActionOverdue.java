package org.entente.events.action;

/** Data of {@code entente.action.overdue.v1}: an open item's due date passed; announced once per due date. */
public record ActionOverdue(ActionSnapshot action, long daysOverdue) implements ActionEvent {
}
