package org.entente.platform.inbound;

/**
 * A record that is not a valid Entente CloudEvent. Retrying cannot help; after the binder's
 * attempts it goes to the dead-letter topic with this message in its headers.
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
