package org.entente.notify.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.entente.notify.Bundles;
import org.junit.jupiter.api.Test;

/** The e-mail's parts from the templates, with no Spring context. */
class EmailTemplatesTest {

    final EmailTemplates templates = new EmailTemplates(Bundles.messages());
    final List<EmailTemplates.Item> items = List.of(
            new EmailTemplates.Item("Agreement M-1 is now signed", "Memo (M-1)", "https://e.org/a/1", "14 Nov 2025, 10:00"),
            new EmailTemplates.Item("Visit <scheduled> & more", null, "https://e.org/d/1?x=1&y=2", "15 Nov 2025, 09:00"));

    @Test
    void thePlainTextPartListsEachItemWithItsLink() {
        assertThat(templates.text("en", "Claire", true, items, "https://e.org/u/t")).isEqualTo("""
                Hello Claire,

                Here is what happened to the partnerships you follow:

                * Agreement M-1 is now signed
                  Memo (M-1)
                  14 Nov 2025, 10:00 - Read more: https://e.org/a/1

                * Visit <scheduled> & more
                  15 Nov 2025, 09:00 - Read more: https://e.org/d/1?x=1&y=2

                --
                You receive this because you subscribed to Entente updates.
                Unsubscribe: https://e.org/u/t
                """);
    }

    @Test
    void theHtmlPartIsInTheReadersLanguageAndEscapesWhatEventsCarry() {
        String html = templates.html("fr", "Claire", false, items, "https://e.org/u/t");

        assertThat(html).contains("<html lang=\"fr\">", "Bonjour Claire,",
                "Voici une nouvelle d&#39;un partenariat que vous suivez :", "Visit &lt;scheduled&gt; &amp; more",
                "href=\"https://e.org/d/1?x=1&amp;y=2\"", "En savoir plus", "Se désabonner")
                .doesNotContain("<scheduled>");
    }

    @Test
    void subjectsWordsComeFromTheBundles() {
        assertThat(templates.word("fr", "email.updates", "3")).isEqualTo("3 nouveautés");
        assertThat(templates.word("en", "email.digest.weekly")).isEqualTo("Your weekly digest");
    }
}
