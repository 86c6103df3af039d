package org.entente.console.imports;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An import as the importing service answers it: the dry run's plan and, while it applies, rows done of the total. */
public record Import(String id, String kind, String fileName, String status, String importedBy, Instant createdAt,
              List<String> ignoredColumns, int rowsTotal, long rowsDone, Map<String, Integer> planned,
              Instant appliedAt, Map<String, Integer> applied) {

    public static final List<String> OUTCOMES = List.of("CREATE", "UPDATE", "UNCHANGED", "ERROR");

    public Import {
        ignoredColumns = ignoredColumns == null ? List.of() : ignoredColumns;
        planned = planned == null ? Map.of() : planned;
        applied = applied == null ? Map.of() : applied;
    }

    public boolean ready() {
        return "READY".equals(status);
    }

    public boolean applying() {
        return "APPLYING".equals(status);
    }

    /** Rows done, in percent of the total, for the progress bar. */
    public int percentDone() {
        return rowsTotal == 0 ? 100 : (int) Math.min(100, rowsDone * 100 / rowsTotal);
    }

    /** One row of the dry run's report, with every rule it broke. */
    public record Row(int number, String outcome, boolean applied, List<CellError> errors) {

        public Row {
            errors = errors == null ? List.of() : errors;
        }
    }

    /** A rule a row broke: the column as the file names it (null when the rule spans the row), the value found. */
    public record CellError(String column, String value, String rule) {
    }
}
