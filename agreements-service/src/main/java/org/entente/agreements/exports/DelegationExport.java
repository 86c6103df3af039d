package org.entente.agreements.exports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.entente.agreements.agreement.Agreement;
import org.entente.agreements.agreement.AgreementQueries;
import org.entente.agreements.delegation.Delegation;
import org.entente.agreements.delegation.DelegationQueries;
import org.entente.agreements.imports.RegisterImportKind;
import org.entente.platform.spreadsheet.SpreadsheetFormat;
import org.entente.platform.spreadsheet.Vocabulary;
import org.entente.platform.outbox.AggregateStore;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Delegations as a spreadsheet in the columns the import reads: the agreement by its code,
 * organizations by name, the list's filters applied, visits of hidden agreements left out.
 */
@Component
class DelegationExport {

    private static final int PAGE = 500;

    private final DelegationQueries delegations;
    private final AgreementQueries agreementQueries;
    private final AggregateStore<Agreement> agreements;
    private final Vocabulary vocabulary;

    DelegationExport(DelegationQueries delegations, AgreementQueries agreementQueries,
                     AggregateStore<Agreement> agreements, Vocabulary vocabulary) {
        this.delegations = delegations;
        this.agreementQueries = agreementQueries;
        this.agreements = agreements;
        this.vocabulary = vocabulary;
    }

    void write(DelegationQueries.Filter filter, Locale language, SpreadsheetFormat.Rows rows) {
        rows.write(RegisterImportKind.DELEGATIONS.columns().stream()
                .map(column -> vocabulary.header(RegisterImportKind.DELEGATIONS, column, language)).toList());
        List<String> hidden = agreementQueries.hiddenIds();
        Map<String, String> codes = new HashMap<>();
        Page<Delegation> page = delegations.search(filter, hidden, PageRequest.of(0, PAGE, Sort.by("startDate")));
        while (true) {
            page.getContent().forEach(delegation -> rows.write(row(delegation, codes, language)));
            if (!page.hasNext()) {
                return;
            }
            page = delegations.search(filter, hidden, page.nextPageable());
        }
    }

    private List<Object> row(Delegation delegation, Map<String, String> codes, Locale language) {
        List<Object> row = new ArrayList<>();
        row.add(delegation.agreementId() == null ? null : codes.computeIfAbsent(delegation.agreementId(),
                id -> agreements.findById(id).map(agreement -> agreement.details().code()).orElse(id)));
        row.add(vocabulary.label(delegation.direction(), language));
        row.add(delegation.hostOrganization().name());
        row.add(delegation.visitingOrganization().name());
        row.add(delegation.leader().name());
        row.add(delegation.leader().title());
        row.add(delegation.startDate());
        row.add(delegation.endDate());
        row.add(delegation.city());
        row.add(delegation.country());
        row.add(delegation.purpose());
        row.add(delegation.outcomes());
        return row;
    }
}
