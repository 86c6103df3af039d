package org.entente.agreements.exports;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.entente.agreements.agreement.AgreementKind;
import org.entente.agreements.agreement.AgreementQueries;
import org.entente.agreements.agreement.AgreementStatus;
import org.entente.agreements.imports.Vocabulary;
import org.entente.platform.validation.CountryCodeValidator;
import org.entente.platform.web.ProblemException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/exports")
@Tag(name = "Exports")
class ExportController {

    private final RegisterExport register;
    private final Clock clock;

    ExportController(RegisterExport register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    @GetMapping("/agreements.{format}")
    @Operation(summary = "The register as CSV or XLSX", description = "The filters of GET /api/agreements apply; "
            + "lang en or fr (else the request's language) sets the headers and labels. The columns are the "
            + "import's: the file imports back unchanged.")
    void agreements(@PathVariable String format,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) AgreementStatus status,
            @RequestParam(required = false) AgreementKind kind,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String organizationId,
            @RequestParam(required = false) String theme,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiringBefore,
            @RequestParam(required = false) Locale lang, Locale requestLocale,
            HttpServletResponse response) throws IOException {
        if (country != null && !CountryCodeValidator.isCountryCode(country)) {
            throw ProblemException.badRequest("country", "must be an ISO 3166-1 alpha-2 country code such as FR or KZ");
        }
        SpreadsheetFormat spreadsheet = SpreadsheetFormat.named(format);
        Locale language = Vocabulary.language(lang == null ? requestLocale : lang);
        AgreementQueries.Filter filter = new AgreementQueries.Filter(q, status, kind, country, organizationId, theme,
                expiringBefore);
        String fileName = "agreements-" + LocalDate.now(clock) + "." + format.toLowerCase(Locale.ROOT);
        response.setContentType(spreadsheet.mediaType().toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString());
        // Written in the request's thread, page by page: the caller's restrictions apply and memory stays flat.
        try (SpreadsheetFormat.Rows rows = spreadsheet.open(response.getOutputStream(), "agreements",
                language == Locale.FRENCH)) {
            register.write(filter, language, rows);
        }
    }
}
