package org.entente.platform.spreadsheet;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An import as the API shows it: what the dry run found and, while applying, rows done of the total. */
record ImportView(String id, String kind, String fileName, ImportJob.Status status, String importedBy,
                  Instant createdAt, List<String> ignoredColumns, int rowsTotal, long rowsDone,
                  Map<String, Integer> planned, Instant appliedAt, Map<String, Integer> applied) {

    static ImportView of(ImportJob job) {
        return new ImportView(job.id(), job.kind(), job.fileName(), job.status(), job.importedBy(), job.createdAt(),
                job.ignoredColumns(), job.rowsTotal(), job.rowsDone(), job.planned(), job.appliedAt(), job.applied());
    }

    /** One row of the report. */
    record Row(int number, RowOutcome outcome, boolean applied, List<CellError> errors, Map<String, String> values) {

        static Row of(ImportRow row) {
            return new Row(row.number(), row.outcome(), row.applied(), row.errors(), row.values());
        }
    }
}
