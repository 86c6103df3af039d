package org.entente.agreements.exports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.entente.agreements.agreement.Agreement;
import org.entente.agreements.agreement.AgreementQueries;
import org.entente.agreements.agreement.Party;
import org.entente.agreements.contact.Contact;
import org.entente.agreements.imports.RegisterImportKind;
import org.entente.platform.spreadsheet.SpreadsheetFormat;
import org.entente.platform.spreadsheet.Vocabulary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The register as a spreadsheet, in the columns the import reads, so that an export imports
 * back unchanged: headers and labels in the reader's language, the list's filters applied,
 * read a page at a time. Parties are named by their organization's name. The focal points
 * (contacts whose role is focal point) close the row, for the reader: the import leaves them be.
 */
@Component
class RegisterExport {

    private static final int PAGE = 500;

    private final AgreementQueries agreements;
    private final Vocabulary vocabulary;

    RegisterExport(AgreementQueries agreements, Vocabulary vocabulary) {
        this.agreements = agreements;
        this.vocabulary = vocabulary;
    }

    void write(AgreementQueries.Filter filter, Locale language, SpreadsheetFormat.Rows rows) {
        rows.write(vocabulary.headers(RegisterImportKind.AGREEMENTS, language));
        Page<Agreement> page = agreements.list(filter, PageRequest.of(0, PAGE, Sort.by("code")));
        while (true) {
            page.getContent().forEach(agreement -> rows.write(row(agreement, language)));
            if (!page.hasNext()) {
                return;
            }
            page = agreements.list(filter, page.nextPageable());
        }
    }

    private List<Object> row(Agreement agreement, Locale language) {
        Agreement.Details details = agreement.details();
        List<Object> row = new ArrayList<>();
        row.add(details.code());
        row.add(vocabulary.label(details.kind(), language));
        row.add(details.title().get("en"));
        row.add(details.title().get("fr"));
        row.add(details.summary());
        row.add(String.join("; ", details.themes()));
        for (int i = 0; i < RegisterImportKind.PARTY_COLUMNS; i++) {
            Party party = i < details.parties().size() ? details.parties().get(i) : null;
            row.add(party == null ? null : party.organizationName());
            row.add(party == null ? null : vocabulary.label(party.role(), language));
            row.add(party == null || party.signatory() == null ? null : party.signatory().name());
            row.add(party == null || party.signatory() == null ? null : party.signatory().title());
        }
        row.add(details.signedOn());
        row.add(details.signedAt());
        row.add(details.effectiveFrom());
        row.add(details.expiresOn());
        row.add(details.renewalNoticeDays());
        row.add(vocabulary.label(details.confidentiality(), language));
        row.add(details.responsible() == null ? null : details.responsible().name());
        row.add(details.responsible() == null ? null : details.responsible().email());
        row.add(focalPoints(agreement.contacts()));
        return row;
    }

    /** "Name <e-mail>" of each focal point, separated by "; " as the themes are. */
    private static String focalPoints(List<Contact> contacts) {
        return contacts == null ? null : contacts.stream().filter(Contact::isFocalPoint)
                .map(contact -> contact.email() == null ? contact.name() : contact.name() + " <" + contact.email() + ">")
                .collect(java.util.stream.Collectors.joining("; "));
    }
}
