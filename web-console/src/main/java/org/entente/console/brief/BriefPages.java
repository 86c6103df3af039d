package org.entente.console.brief;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.entente.console.Formats;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The one-page brief of an agreement, as PDF, in the reader's language. */
@Controller
class BriefPages {

    private final Briefs briefs;
    private final BriefPdf pdf;
    private final Formats formats;

    BriefPages(Briefs briefs, BriefPdf pdf, Formats formats) {
        this.briefs = briefs;
        this.pdf = pdf;
        this.formats = formats;
    }

    @GetMapping("/agreements/{id}/brief.pdf")
    void brief(@PathVariable String id, HttpServletResponse response) throws IOException {
        // Gathered before anything is written, so a service's refusal still gets its own page.
        Brief brief = briefs.of(id);
        response.setContentType(MediaType.APPLICATION_PDF_VALUE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                .filename(brief.agreement().code() + "-" + LocaleContextHolder.getLocale().getLanguage() + ".pdf")
                .build().toString());
        pdf.write(brief, LocaleContextHolder.getLocale(), formats.zone(), response.getOutputStream());
    }
}
