package org.entente.platform.spreadsheet;

import java.util.List;
import java.util.Optional;

/**
 * What a row would do against what the service holds now: its outcome, the errors that make
 * it an {@link RowOutcome#ERROR}, the key that matches it to what exists (a code, a name), and
 * the write that applies it through the service's use cases (nothing for UNCHANGED or ERROR).
 */
public record RowPlan(RowOutcome outcome, List<CellError> errors, String key, Runnable write) {

    public static RowPlan error(List<CellError> errors, String key) {
        return new RowPlan(RowOutcome.ERROR, List.copyOf(errors), key, () -> { });
    }

    public static RowPlan unchanged(String key) {
        return new RowPlan(RowOutcome.UNCHANGED, List.of(), key, () -> { });
    }

    public static RowPlan create(String key, Runnable write) {
        return new RowPlan(RowOutcome.CREATE, List.of(), key, write);
    }

    public static RowPlan update(String key, Runnable write) {
        return new RowPlan(RowOutcome.UPDATE, List.of(), key, write);
    }

    /** Runs the write: nothing where it applied, else what it threw (a refusal, read as the row's errors). */
    public Optional<RuntimeException> attempt() {
        try {
            write.run();
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(e);
        }
    }
}
