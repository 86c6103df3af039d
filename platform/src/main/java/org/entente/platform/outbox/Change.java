package org.entente.platform.outbox;

import java.util.List;

/** What an aggregate's command returns: its new state and the events that change caused. */
public record Change<T>(T aggregate, List<NewEvent> events) {

    /** Nothing to do: the store writes nothing. */
    public static <T> Change<T> none(T aggregate) {
        return new Change<>(aggregate, List.of());
    }
}
