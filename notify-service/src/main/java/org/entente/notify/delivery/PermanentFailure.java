package org.entente.notify.delivery;

/**
 * A send that no retry can fix (the destination is refused by policy): the dispatcher
 * records it and ends the delivery DEAD at once; it can still be retried by hand.
 */
public class PermanentFailure extends RuntimeException {

    public PermanentFailure(String message) {
        super(message);
    }
}
