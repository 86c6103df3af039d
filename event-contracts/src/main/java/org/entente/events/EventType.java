package org.entente.events;

/**
 * One kind of event: its CloudEvents type name, the stream it is published on and
 * the record its JSON data maps to.
 */
public record EventType(String name, String stream, Class<? extends Record> payloadType) {

    public EventType {
        if (!name.matches("entente\\.[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*\\.v\\d+")) {
            throw new IllegalArgumentException("event type must read entente.<aggregate>.<what-happened>.v<n>: " + name);
        }
    }
}
