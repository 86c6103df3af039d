package org.entente.events.action;

/** Data of {@code entente.action.created.v1}: an item was added to an agreement's action plan. */
public record ActionCreated(ActionSnapshot action) implements ActionEvent {
}
