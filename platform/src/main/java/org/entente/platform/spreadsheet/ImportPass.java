package org.entente.platform.spreadsheet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One pass over an import's rows: its dry run, or its apply. A lookup its rows repeat (the
 * organization that thousands of agreement rows name) is made once per pass and remembered
 * until the pass ends; what a row's own write may change is never remembered.
 */
public final class ImportPass {

    private final Map<List<String>, Object> remembered = new HashMap<>();

    /**
     * The answer to a lookup ({@code what}, {@code reference}), made the first time this pass
     * asks for it. The lookup must not answer null.
     */
    @SuppressWarnings("unchecked")
    public <T> T remember(String what, String reference, Supplier<T> lookup) {
        return (T) remembered.computeIfAbsent(List.of(what, reference), key -> lookup.get());
    }
}
