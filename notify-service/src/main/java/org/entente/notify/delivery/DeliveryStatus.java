package org.entente.notify.delivery;

/**
 * Where a delivery stands. PENDING and RETRYING are due at {@code nextAttemptAt}; SENT and
 * DEAD are final until someone retries a dead one by hand. E-mail for a digest subscriber
 * waits as AWAITING_DIGEST until its digest takes it (IN_DIGEST). CANCELLED: the
 * subscription was deleted or unsubscribed before it went out.
 */
public enum DeliveryStatus {
    PENDING, RETRYING, SENT, DEAD, AWAITING_DIGEST, IN_DIGEST, CANCELLED
}
