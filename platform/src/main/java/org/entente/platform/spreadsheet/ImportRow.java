package org.entente.platform.spreadsheet;

import java.util.List;
import java.util.Map;

/**
 * One data row of an import: its cells by column key, what the dry run planned, and once
 * applied, what it did. {@code applied} is set after the row's write: a row found unset after a
 * restart is planned again against what the service holds, where its write (if it happened) makes it UNCHANGED.
 */
record ImportRow(
        String id,
        String importId,
        int number,
        Map<String, String> values,
        List<String> formulas,
        RowOutcome planned,
        List<CellError> errors,
        boolean applied,
        RowOutcome result) {

    static String idOf(String importId, int number) {
        return importId + ":" + number;
    }

    /** What the row did if applied, else what it would do. */
    RowOutcome outcome() {
        return applied ? result : planned;
    }
}
