package org.entente.notify.notification;

import java.time.Instant;

/**
 * An event whose notifications wait until the replica knows its agreement: what they need
 * of it. Its id is the event id, so a redelivered event waits once.
 */
record WaitingEvent(String id, String agreementId, String type, Instant occurredAt, Instant waitingSince) {

    static final String COLLECTION = "fan_out_waiting";
}
