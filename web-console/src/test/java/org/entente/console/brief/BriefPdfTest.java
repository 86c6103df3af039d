package org.entente.console.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.entente.console.agreement.Agreement;
import org.entente.console.agreement.TimelineEntry;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The brief typeset from a fixed agreement, plan and timeline, and read back from the PDF with PDFBox. */
class BriefPdfTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final BriefPdf pdf = new BriefPdf(templateEngine());

    @Test
    void aBriefInFrenchHoldsItsPartiesDatesPlanAndLatestEntriesWithTheirAccents() throws IOException {
        String text = textOf(memorandum(), Locale.FRENCH);

        assertThat(text).contains("INSP-KZ-2025-01", "Mémorandum d’entente sur la formation des cadres",
                "Institut national du service public (FR)", "Agence des affaires de la fonction publique (KZ)",
                "Guillaume Rousseau, directeur", "Darkhan Kaletayev, président",
                "Saule Bekova, chargée de coopération", "Point focal", "saule@example.kz",
                "le 14 novembre 2025, à Paris", "14 novembre 2030", "14 mai 2030 (184 jours avant l'échéance)",
                "Réalisé à 40 %, sur 5 actions", "A2 Modernisation technologique", "Action en retard",
                "participants", "120", "300", "En vigueur");
        assertThat(text).as("the five latest entries, not the sixth").contains("Entrée 6", "Entrée 2").doesNotContain("Entrée 1");
        assertThat(text).doesNotContain("#", "??");
    }

    @Test
    void aBriefInEnglishSpeaksEnglishAndSaysWhenThereIsNoPlanYet() throws IOException {
        Brief memorandum = memorandum();
        String text = textOf(new Brief(memorandum.agreement(), null, List.of(), memorandum.preparedAt()), Locale.ENGLISH);

        assertThat(text).contains("Memorandum on the training of senior officials", "Parties and signatories",
                "Signatory", "14 November 2025", "No action items yet.",
                "Nothing on the timeline yet.");
    }

    @Test
    void aPartnersNameInKazakhCyrillicIsPrintedInTheEmbeddedFont() throws IOException {
        String text = textOf(memorandum("Қазақстан Республикасының Мемлекеттік қызмет істері агенттігі", "Дархан Жазықбай"),
                Locale.ENGLISH);

        assertThat(text).contains("Қазақстан Республикасының Мемлекеттік қызмет істері агенттігі", "Дархан Жазықбай")
                .doesNotContain("#");
    }

    @Test
    void aPartnersNameInKoreanHangulIsPrintedInTheEmbeddedFont() throws IOException {
        String text = textOf(memorandum("대한민국 인사혁신처", "김민수"), Locale.FRENCH);

        assertThat(text).contains("대한민국 인사혁신처", "김민수", "Institut national du service public").doesNotContain("#");
    }

    @Test
    void theBriefFitsOnOnePage() throws IOException {
        try (PDDocument document = Loader.loadPDF(render(memorandum(), Locale.FRENCH))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
    }

    private String textOf(Brief brief, Locale locale) throws IOException {
        try (PDDocument document = Loader.loadPDF(render(brief, locale))) {
            return new PDFTextStripper().getText(document);
        }
    }

    private byte[] render(Brief brief, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.write(brief, locale, PARIS, out);
        return out.toByteArray();
    }

    private static Brief memorandum() {
        return memorandum("Agence des affaires de la fonction publique", "Darkhan Kaletayev");
    }

    private static Brief memorandum(String partner, String partnersSignatory) {
        Brief.Facts agreement = new Brief.Facts("a1", "INSP-KZ-2025-01", "MOU",
                Map.of("fr", "Mémorandum d’entente sur la formation des cadres",
                        "en", "Memorandum on the training of senior officials"),
                "ACTIVE",
                List.of(new Agreement.Party("o1", "Institut national du service public", "FR", "SIGNATORY",
                                new Agreement.Signatory("Guillaume Rousseau", "directeur")),
                        new Agreement.Party("o2", partner, "KZ", "SIGNATORY",
                                new Agreement.Signatory(partnersSignatory, "président"))),
                List.of(new Brief.Contact("Saule Bekova", "chargée de coopération", "saule@example.kz", null, "FOCAL_POINT")),
                LocalDate.of(2025, 11, 14), "Paris", LocalDate.of(2025, 11, 14), LocalDate.of(2030, 11, 14), 184,
                LocalDate.of(2030, 5, 14), new Agreement.StaffMember("Claire Martin", "claire@example.org"));
        Brief.Plan plan = new Brief.Plan(5, 40.0,
                List.of(new Brief.Deadline("A2", "Modernisation technologique", LocalDate.of(2026, 3, 31), 10, "Claire Martin")),
                List.of(new Brief.Indicator("Cadres formés", "participants", 300.0, 120, 40.0)));
        List<TimelineEntry> newestFirst = IntStream.iterate(6, n -> n >= 1, n -> n - 1)
                .mapToObj(n -> new TimelineEntry("t" + n, "a1", "entente.agreement.updated.v1",
                        Instant.parse("2025-11-1" + n + "T10:00:00Z"), "Entrée " + n, "claire", "agreements-service"))
                .toList();
        return new Brief(agreement, plan, newestFirst, Instant.parse("2025-12-01T09:00:00Z"));
    }

    /** The console's templates and bundles as Spring Boot configures them, without the application. */
    private static SpringTemplateEngine templateEngine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setAlwaysUseMessageFormat(true);
        messages.setFallbackToSystemLocale(false);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }
}
