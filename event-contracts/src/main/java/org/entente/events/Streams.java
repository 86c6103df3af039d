package org.entente.events;

/**
 * Logical event streams. Each is one Kafka topic whose name is a setting
 * ({@code entente.topics.<stream>}); the stream name is also the Spring Cloud Stream
 * output binding that publishes to it.
 */
public final class Streams {

    public static final String AGREEMENTS = "agreements";
    public static final String ACTIONS = "actions";

    private Streams() {
    }
}
