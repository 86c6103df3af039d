package org.entente.console.brief;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Lays a brief out as one PDF page: the {@code brief/brief} template, rendered in the reader's
 * language, then typeset by openhtmltopdf in DejaVu Sans, embedded (subset) from the classpath:
 * the PDF base fonts hold no Cyrillic, and partners' names are written in their own script. The
 * template's font-family list is the fallback chain; a family registered here comes before the
 * base fonts' {@code sans-serif}.
 */
@Component
class BriefPdf {

    /** The family the template names first. */
    private static final String FONT_FAMILY = "DejaVu Sans";

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    private record Face(String file, int weight, FontStyle style) {
    }

    private static final List<Face> FACES = List.of(new Face("DejaVuSans.ttf", 400, FontStyle.NORMAL),
            new Face("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
            new Face("DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC));

    private final ITemplateEngine templates;

    /** Checked once, at start-up: a console built without the fonts would fail every brief. */
    BriefPdf(ITemplateEngine templates) {
        this.templates = templates;
        for (Face face : FACES) {
            if (BriefPdf.class.getResource(FONTS + face.file()) == null) {
                throw new IllegalStateException("the brief's font " + FONTS + face.file() + " is not on the classpath");
            }
        }
    }

    String html(Brief brief, Locale locale, ZoneId zone) {
        Context context = new Context(locale);
        context.setVariable("zone", zone);
        context.setVariable("brief", brief);
        context.setVariable("a", brief.agreement());
        context.setVariable("title", brief.agreement().titleIn(locale));
        return templates.process("brief/brief", context);
    }

    void write(Brief brief, Locale locale, ZoneId zone, OutputStream pdf) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        for (Face face : FACES) {
            builder.useFont(() -> BriefPdf.class.getResourceAsStream(FONTS + face.file()), FONT_FAMILY, face.weight(),
                    face.style(), true);
        }
        builder.withHtmlContent(html(brief, locale, zone), null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
