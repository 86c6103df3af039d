package org.entente.agreements.imports;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.entente.agreements.agreement.AgreementKind;
import org.entente.agreements.agreement.Confidentiality;
import org.entente.agreements.agreement.PartyRole;
import org.entente.agreements.delegation.DelegationDirection;
import org.entente.agreements.organization.OrganizationType;
import org.entente.platform.web.Languages;
import org.springframework.stereotype.Component;

/**
 * A template per kind and language: the header row and one example row, taken from the
 * memorandum between INSP and Kazakhstan's Agency for Civil Service Affairs, in either
 * {@link SpreadsheetFormat}.
 */
@Component
class ImportTemplates {

    private final Vocabulary vocabulary;

    ImportTemplates(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<String> headers(ImportKind kind, Locale language) {
        return kind.columns().stream().map(column -> vocabulary.header(kind, column, language)).toList();
    }

    List<String> example(ImportKind kind, Locale language) {
        Map<String, String> example = new LinkedHashMap<>();
        boolean fr = Languages.locale(language) == Locale.FRENCH;
        switch (kind) {
            case ORGANIZATIONS -> {
                example.put("name", "Institut national du service public");
                example.put("acronym", "INSP");
                example.put("country", fr ? "France" : "FR");
                example.put("type", vocabulary.label(OrganizationType.SCHOOL_OR_ACADEMY, language));
                example.put("website", "https://insp.gouv.fr");
            }
            case AGREEMENTS -> {
                example.put("code", "INSP-KZ-2025-01");
                example.put("kind", vocabulary.label(AgreementKind.MOU, language));
                example.put("title_en", "Memorandum of cooperation on civil service");
                example.put("title_fr", "Mémorandum de coopération en matière de fonction publique");
                example.put("summary", "Leadership training for senior officials");
                example.put("themes", "leadership; digital-transformation");
                example.put("party1_organization", "INSP");
                example.put("party1_role", vocabulary.label(PartyRole.SIGNATORY, language));
                example.put("party1_signatory", "Maryvonne Le Brignonen");
                example.put("party1_signatory_title", fr ? "Directrice" : "Director");
                example.put("party2_organization", "Agency for Civil Service Affairs");
                example.put("party2_role", vocabulary.label(PartyRole.SIGNATORY, language));
                example.put("party2_signatory", "Darkhan Zhazykbay");
                example.put("party2_signatory_title", fr ? "Président" : "Chairman");
                example.put("signed_on", fr ? "12/06/2025" : "2025-06-12");
                example.put("signed_at", "Astana");
                example.put("effective_from", fr ? "12/06/2025" : "2025-06-12");
                example.put("expires_on", fr ? "11/06/2030" : "2030-06-11");
                example.put("renewal_notice_days", "90");
                example.put("confidentiality", vocabulary.label(Confidentiality.PUBLIC, language));
                example.put("responsible_name", "Claire Martin");
                example.put("responsible_email", "claire.martin@example.org");
            }
            case DELEGATIONS -> {
                example.put("agreement", "INSP-KZ-2025-01");
                example.put("direction", vocabulary.label(DelegationDirection.INCOMING, language));
                example.put("host_organization", "INSP");
                example.put("visiting_organization", "Agency for Civil Service Affairs");
                example.put("leader_name", "Darkhan Zhazykbay");
                example.put("leader_title", fr ? "Président" : "Chairman");
                example.put("start_date", fr ? "15/09/2025" : "2025-09-15");
                example.put("end_date", fr ? "19/09/2025" : "2025-09-19");
                example.put("city", "Strasbourg");
                example.put("country", fr ? "France" : "FR");
                example.put("purpose", fr ? "Visite d'étude sur la formation des cadres dirigeants"
                        : "Study visit on training senior executives");
                example.put("outcomes", "");
            }
        }
        return kind.columns().stream().map(column -> example.getOrDefault(column, "")).toList();
    }

    /** The template as a file of this format: the headers and the example row. */
    byte[] file(ImportKind kind, Locale language, SpreadsheetFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SpreadsheetFormat.Rows rows = format.open(out, kind.slug(), Languages.locale(language) == Locale.FRENCH)) {
            rows.write(headers(kind, language));
            rows.write(example(kind, language));
        }
        return out.toByteArray();
    }
}
