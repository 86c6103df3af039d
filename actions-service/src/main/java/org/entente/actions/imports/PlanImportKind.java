package org.entente.actions.imports;

import java.util.List;

import org.entente.platform.spreadsheet.ImportKind;

/**
 * What a file imports into action plans: one item a row, its milestones in one cell and its
 * indicators as lists in five (the n-th name, unit, target, baseline and baseline date go together). The last three
 * columns are what the plan export adds for the reader (status, percent complete, indicator
 * actuals): progress is recorded, never imported, so the import leaves them be.
 */
public enum PlanImportKind implements ImportKind {
    ACTIONS(List.of("agreement", "reference", "title", "description", "category", "owner_name", "owner_email",
            "start_date", "due_date", "weight", "milestones", "indicator_names", "indicator_units",
            "indicator_targets", "indicator_baselines", "indicator_baseline_dates", "status", "percent_complete", "indicator_actuals"));

    private final List<String> columns;

    PlanImportKind(List<String> columns) {
        this.columns = columns;
    }

    @Override
    public List<String> columns() {
        return columns;
    }
}
