package org.entente.actions.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;

import org.entente.actions.action.ActionCategory;
import org.entente.actions.action.ActionStatus;
import org.entente.platform.spreadsheet.Vocabulary;
import org.junit.jupiter.api.Test;

/** The plan import's words exist in both languages: every column, category and status. */
class PlanBundlesTest {

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
        for (Locale language : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
            assertThat(vocabulary.headers(PlanImportKind.ACTIONS, language)).doesNotContainNull().doesNotHaveDuplicates();
            for (ActionCategory category : ActionCategory.values()) {
                assertThat(vocabulary.label(category, language)).isNotBlank();
            }
            for (ActionStatus status : ActionStatus.values()) {
                assertThat(vocabulary.label(status, language)).isNotBlank();
            }
        }
    }
}
