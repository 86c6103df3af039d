package org.entente.notify.subscription;

/** How a subscriber hears about an event. */
public enum Channel {
    EMAIL, WEBHOOK, IN_APP
}
