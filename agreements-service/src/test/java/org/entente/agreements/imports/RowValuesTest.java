package org.entente.agreements.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.entente.agreements.agreement.AgreementKind;
import org.entente.agreements.organization.OrganizationType;
import org.entente.platform.spreadsheet.RowValues;
import org.entente.platform.spreadsheet.CellError;
import org.entente.platform.spreadsheet.Vocabulary;
import org.junit.jupiter.api.Test;

/** How a cell's text is read: either language, either date order, and a clear rule when it cannot be. */
class RowValuesTest {

    private final Vocabulary vocabulary = new Vocabulary();

    private RowValues row(Map<String, String> values) {
        return new RowValues(values, Set.of(), Map.of("signed_on", "Signé le", "country", "Pays"), vocabulary);
    }

    @Test
    void datesAreReadAsIsoOrDayMonthYear() {
        RowValues row = row(Map.of("iso", "2025-06-12", "french", "12/06/2025"));

        assertThat(row.date("iso")).isEqualTo(LocalDate.of(2025, 6, 12));
        assertThat(row.date("french")).isEqualTo(LocalDate.of(2025, 6, 12));
        assertThat(row.errors()).isEmpty();
    }

    @Test
    void anImpossibleDateIsAnErrorNamingTheFilesColumnAndValue() {
        RowValues row = row(Map.of("signed_on", "31/02/2025"));

        assertThat(row.date("signed_on")).isNull();
        assertThat(row.errors()).containsExactly(
                new CellError("Signé le", "31/02/2025", "must be a date as YYYY-MM-DD or DD/MM/YYYY"));
    }

    @Test
    void countriesAreReadByCodeOrByNameInEitherLanguage() {
        RowValues row = row(Map.of("code", "kz", "english", "Germany", "french", "Allemagne", "accents", "Corée du Sud"));

        assertThat(row.country("code")).isEqualTo("KZ");
        assertThat(row.country("english")).isEqualTo("DE");
        assertThat(row.country("french")).isEqualTo("DE");
        assertThat(row.country("accents")).isEqualTo("KR");
    }

    @Test
    void enumerationsAreReadByCodeOrLabelIgnoringCaseAndAccents() {
        RowValues row = row(Map.of("code", "framework_agreement", "english", "memorandum of understanding",
                "french", "ecole ou academie"));

        assertThat(row.constant("code", AgreementKind.class)).isEqualTo(AgreementKind.FRAMEWORK_AGREEMENT);
        assertThat(row.constant("english", AgreementKind.class)).isEqualTo(AgreementKind.MOU);
        assertThat(row.constant("french", OrganizationType.class)).isEqualTo(OrganizationType.SCHOOL_OR_ACADEMY);
    }

    @Test
    void aFormulaIsAnErrorAndItsTextIsNeverTaken() {
        RowValues row = new RowValues(Map.of("country", "=A1"), Set.of("country"), Map.of("country", "Pays"), vocabulary);

        assertThat(row.text("country")).isNull();
        assertThat(row.errors()).extracting(CellError::column).containsExactly("Pays");
    }

    @Test
    void headersAreMatchedInEitherLanguageOrByKey() {
        assertThat(vocabulary.column(RegisterImportKind.AGREEMENTS, "SIGNÉ LE")).contains("signed_on");
        assertThat(vocabulary.column(RegisterImportKind.AGREEMENTS, "Signed on")).contains("signed_on");
        assertThat(vocabulary.column(RegisterImportKind.AGREEMENTS, "signed_on")).contains("signed_on");
        assertThat(vocabulary.column(RegisterImportKind.AGREEMENTS, "Remarks")).isEmpty();
    }
}
