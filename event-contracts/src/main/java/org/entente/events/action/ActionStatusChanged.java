package org.entente.events.action;

/**
 * Data of {@code entente.action.status-changed.v1}: a move in the item's workflow. {@code override}
 * is the reason given to pass a guard (done below 100%, started before its dependencies), else null.
 */
public record ActionStatusChanged(ActionSnapshot action, String from, String to, String reason, String override)
        implements ActionEvent {
}
