package org.entente.events.action;

import java.time.LocalDate;

/** Data of {@code entente.action.milestone-reached.v1}: a progress entry reported a milestone reached. */
public record ActionMilestoneReached(ActionSnapshot action, String milestone, LocalDate milestoneDueDate,
                                     LocalDate reachedOn) implements ActionEvent {
}
