package org.entente.agreements.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;

import org.entente.platform.spreadsheet.Vocabulary;
import org.junit.jupiter.api.Test;

/** The import's words exist in both languages, for every column of every kind. */
class ImportBundlesTest {

    @Test
    void everyColumnAndLabelHasAnEnglishAndAFrenchWord() {
        for (String bundle : new String[] {"imports/columns", "imports/labels"}) {
            ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES);
            ResourceBundle english = ResourceBundle.getBundle(bundle, Locale.ROOT, control);
            ResourceBundle french = ResourceBundle.getBundle(bundle, Locale.FRENCH, control);
            assertThat(french.getLocale()).isEqualTo(Locale.FRENCH);
            assertThat(french.keySet()).as(bundle).isEqualTo(english.keySet());
        }
        Vocabulary vocabulary = new Vocabulary();
        for (RegisterImportKind kind : RegisterImportKind.values()) {
            for (String column : kind.columns()) {
                assertThat(vocabulary.header(kind, column, Locale.FRENCH)).isNotBlank();
            }
        }
    }
}
