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
 * language, then typeset by openhtmltopdf in DejaVu Sans and, for Hangul, Noto Sans KR, both
 * embedded (subset) from the classpath: the PDF base fonts hold neither Cyrillic nor Hangul, and
 * partners' names are written in their own script. The template's font-family list is the
 * fallback chain, tried glyph by glyph; a family registered here comes before the base fonts'
 * {@code sans-serif}.
 */
@Component
class BriefPdf {

    private static final String DEJAVU = "/net/sf/jasperreports/fonts/dejavu/";

    /** A font file on the classpath, and the family, weight and style the template asks for it by. */
    private record Face(String family, String path, int weight, FontStyle style) {
    }

    private static final List<Face> FACES = List.of(
            new Face("DejaVu Sans", DEJAVU + "DejaVuSans.ttf", 400, FontStyle.NORMAL),
            new Face("DejaVu Sans", DEJAVU + "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("DejaVu Sans", DEJAVU + "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
            new Face("DejaVu Sans", DEJAVU + "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC),
            // Regular only: bold Hangul is set in the regular face (see fonts/noto-sans-kr/README.md).
            new Face("Noto Sans KR", "/fonts/noto-sans-kr/NotoSansKR-Hangul.ttf", 400, FontStyle.NORMAL));

    private final ITemplateEngine templates;

    /** Checked once, at start-up: a console built without the fonts would fail every brief. */
    BriefPdf(ITemplateEngine templates) {
        this.templates = templates;
        for (Face face : FACES) {
            if (BriefPdf.class.getResource(face.path()) == null) {
                throw new IllegalStateException("the brief's font " + face.path() + " is not on the classpath");
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
            builder.useFont(() -> BriefPdf.class.getResourceAsStream(face.path()), face.family(), face.weight(),
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
