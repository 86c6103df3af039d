package org.entente.events.action;

import java.util.List;

/** Data of {@code entente.action.updated.v1}: the item's details were edited; which fields changed. */
public record ActionUpdated(ActionSnapshot action, List<String> changedFields) implements ActionEvent {
}
