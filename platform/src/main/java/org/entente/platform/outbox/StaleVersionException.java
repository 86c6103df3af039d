package org.entente.platform.outbox;

/** The aggregate changed since the caller read it: the write was refused, nothing was stored. */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String collection, Object id, long expectedVersion) {
        super(collection + " " + id + " is no longer at version " + expectedVersion);
    }
}
