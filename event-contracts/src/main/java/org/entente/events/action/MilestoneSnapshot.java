package org.entente.events.action;

import java.time.LocalDate;

/** A milestone of an action item: what, by when, and when it was reached (null until then). */
public record MilestoneSnapshot(String title, LocalDate dueDate, LocalDate reachedOn) {
}
