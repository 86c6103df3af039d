package org.entente.agreements.imports;

import java.util.List;

/**
 * What a row would do against the register as it is now: its outcome, the errors that make
 * it an {@link RowOutcome#ERROR}, the key that matches it to what exists (a code, a name), and
 * the write that applies it through the register's use cases (nothing for UNCHANGED or ERROR).
 */
record RowPlan(RowOutcome outcome, List<CellError> errors, String key, Runnable write) {

    static RowPlan error(List<CellError> errors, String key) {
        return new RowPlan(RowOutcome.ERROR, List.copyOf(errors), key, () -> { });
    }

    static RowPlan unchanged(String key) {
        return new RowPlan(RowOutcome.UNCHANGED, List.of(), key, () -> { });
    }

    static RowPlan create(String key, Runnable write) {
        return new RowPlan(RowOutcome.CREATE, List.of(), key, write);
    }

    static RowPlan update(String key, Runnable write) {
        return new RowPlan(RowOutcome.UPDATE, List.of(), key, write);
    }
}
