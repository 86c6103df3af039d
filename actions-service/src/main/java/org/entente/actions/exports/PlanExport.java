package org.entente.actions.exports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.entente.actions.action.ActionItem;
import org.entente.actions.action.ActionQueries;
import org.entente.actions.action.ActionRecords.Indicator;
import org.entente.actions.action.ActionRequest.MilestoneRequest;
import org.entente.actions.imports.PlanImportKind;
import org.entente.actions.imports.PlanCells;
import org.entente.platform.replica.AgreementReplica;
import org.entente.platform.spreadsheet.SpreadsheetFormat;
import org.entente.platform.spreadsheet.Vocabulary;
import org.springframework.stereotype.Component;

/**
 * An agreement's action plan as a spreadsheet, in the columns the import reads (so it imports
 * back unchanged), then what progress reached: status, percent complete, indicator actuals.
 * Dates go in date cells, weight and percent in number cells; lists of the n-th indicator's
 * name, unit, target, baseline, baseline date and actual are aligned, separated by ";".
 */
@Component
class PlanExport {

    private final ActionQueries actions;
    private final Vocabulary vocabulary;

    PlanExport(ActionQueries actions, Vocabulary vocabulary) {
        this.actions = actions;
        this.vocabulary = vocabulary;
    }

    void write(AgreementReplica agreement, Locale language, SpreadsheetFormat.Rows rows) {
        rows.write(vocabulary.headers(PlanImportKind.ACTIONS, language));
        actions.ofAgreement(agreement.id()).stream()
                .sorted(Comparator.comparing((ActionItem item) -> item.details().reference()))
                .forEach(item -> rows.write(row(agreement, item, language)));
    }

    private List<Object> row(AgreementReplica agreement, ActionItem item, Locale language) {
        ActionItem.Details details = item.details();
        List<Indicator> indicators = details.indicators();
        List<Object> row = new ArrayList<>();
        row.add(agreement.code());
        row.add(details.reference());
        row.add(details.title());
        row.add(details.description());
        row.add(vocabulary.label(details.category(), language));
        row.add(details.owner() == null ? null : details.owner().name());
        row.add(details.owner() == null ? null : details.owner().email());
        row.add(details.startDate());
        row.add(details.dueDate());
        row.add(details.weight());
        row.add(PlanCells.milestones(details.milestones().stream()
                .map(milestone -> new MilestoneRequest(milestone.title(), milestone.dueDate())).toList(), language));
        row.add(joined(indicators, Indicator::name));
        row.add(joined(indicators, indicator -> indicator.unit() == null ? "" : indicator.unit()));
        row.add(joined(indicators, indicator -> indicator.target() == null ? "" : number(indicator.target(), language)));
        row.add(joined(indicators, indicator -> indicator.baseline() == null ? "" : number(indicator.baseline(), language)));
        row.add(joined(indicators, indicator -> indicator.baselineDate() == null ? ""
                : PlanCells.date(indicator.baselineDate(), language)));
        row.add(vocabulary.label(item.status(), language));
        row.add(item.workflow().percentComplete());
        row.add(joined(indicators, indicator -> number(indicator.actual(), language)));
        return row;
    }

    private static String joined(List<Indicator> indicators, Function<Indicator, String> value) {
        return indicators.isEmpty() ? null : indicators.stream().map(value).collect(Collectors.joining("; "));
    }

    /** 120 rather than 120.0; a decimal comma in French, as the import reads it back. */
    private static String number(double value, Locale language) {
        String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return Locale.FRENCH.equals(language) ? plain.replace('.', ',') : plain;
    }
}
