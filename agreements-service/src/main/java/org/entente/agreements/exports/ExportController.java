package org.entente.agreements.exports;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.entente.agreements.agreement.AgreementKind;
import org.entente.agreements.agreement.AgreementQueries;
import org.entente.agreements.agreement.AgreementStatus;
import org.entente.agreements.delegation.DelegationDirection;
import org.entente.agreements.delegation.DelegationQueries;
import org.entente.agreements.delegation.DelegationStatus;
import org.entente.platform.spreadsheet.SpreadsheetFormat;
import org.entente.platform.validation.CountryCodeValidator;
import org.entente.platform.web.Languages;
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
    private final DelegationExport delegations;
    private final Clock clock;

    ExportController(RegisterExport register, DelegationExport delegations, Clock clock) {
        this.register = register;
        this.delegations = delegations;
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
            @RequestParam(required = false) String responsible,
            @RequestParam(required = false) Locale lang, Locale requestLocale,
            HttpServletResponse response) throws IOException {
        if (country != null && !CountryCodeValidator.isCountryCode(country)) {
            throw ProblemException.badRequest("country", "must be an ISO 3166-1 alpha-2 country code such as FR or KZ");
        }
        SpreadsheetFormat spreadsheet = SpreadsheetFormat.named(format);
        Locale language = Languages.locale(lang == null ? requestLocale : lang);
        AgreementQueries.Filter filter = new AgreementQueries.Filter(q, status, kind, country, organizationId, theme,
                expiringBefore, responsible);
        try (SpreadsheetFormat.Rows rows = open(response, spreadsheet, "agreements", language)) {
            register.write(filter, language, rows);
        }
    }

    @GetMapping("/delegations.{format}")
    @Operation(summary = "Delegations as CSV or XLSX", description = "The filters of GET /api/delegations apply; "
            + "lang en or fr sets the headers and labels. The columns are the import's.")
    void delegations(@PathVariable String format,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) DelegationStatus status,
            @RequestParam(required = false) String agreementId,
            @RequestParam(required = false) DelegationDirection direction,
            @RequestParam(required = false) Locale lang, Locale requestLocale,
            HttpServletResponse response) throws IOException {
        if (country != null && !CountryCodeValidator.isCountryCode(country)) {
            throw ProblemException.badRequest("country", "must be an ISO 3166-1 alpha-2 country code such as FR or KZ");
        }
        SpreadsheetFormat spreadsheet = SpreadsheetFormat.named(format);
        Locale language = Languages.locale(lang == null ? requestLocale : lang);
        DelegationQueries.Filter filter = new DelegationQueries.Filter(agreementId, from, to, country, status, direction);
        try (SpreadsheetFormat.Rows rows = open(response, spreadsheet, "delegations", language)) {
            delegations.write(filter, language, rows);
        }
    }

    /**
     * The file as the response's body, written in the request's thread page by page: the
     * caller's restrictions apply and memory stays flat.
     */
    private SpreadsheetFormat.Rows open(HttpServletResponse response, SpreadsheetFormat spreadsheet, String name,
                                        Locale language) throws IOException {
        String fileName = name + "-" + LocalDate.now(clock) + "." + spreadsheet.name().toLowerCase(Locale.ROOT);
        response.setContentType(spreadsheet.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        return spreadsheet.open(response.getOutputStream(), name, language == Locale.FRENCH);
    }
}
