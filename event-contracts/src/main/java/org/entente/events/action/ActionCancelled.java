package org.entente.events.action;

/**
 * Data of {@code entente.action.cancelled.v1}: the item was cancelled, by a person or ({@code automatic})
 * because its agreement was terminated or abandoned. It stays readable, with this reason.
 */
public record ActionCancelled(ActionSnapshot action, String from, String reason, boolean automatic)
        implements ActionEvent {
}
