package org.entente.platform.outbox;

import java.util.function.Function;

/**
 * How an aggregate is kept in MongoDB when its stored shape is not its own: the document
 * record the mapping reads and writes, and the translations both ways. The document holds
 * the top-level {@code id} and {@code version} the store guards writes with.
 */
public record StoredAs<T, D>(Class<D> type, Function<T, D> toDocument, Function<D, T> fromDocument) {

    /** An aggregate stored as it is. */
    static <T> StoredAs<T, T> itself(Class<T> type) {
        return new StoredAs<>(type, Function.identity(), Function.identity());
    }

    T read(Object document) {
        return document == null ? null : fromDocument.apply(type.cast(document));
    }
}
