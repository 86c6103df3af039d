package org.entente.console.brief;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Lays a brief out as one PDF page: the {@code brief/brief} template, rendered in the reader's
 * language, then typeset by openhtmltopdf. The PDF base fonts are used: their WinAnsi encoding
 * holds every French letter (é, è, à, ç, œ, the typographic apostrophe), so nothing is embedded.
 */
@Component
class BriefPdf {

    private final ITemplateEngine templates;

    BriefPdf(ITemplateEngine templates) {
        this.templates = templates;
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
        builder.withHtmlContent(html(brief, locale, zone), null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
