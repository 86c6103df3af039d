package org.entente.events.action;

/** Data of every action event: what happened, and the action item as it now is. */
public interface ActionEvent {

    ActionSnapshot action();
}
