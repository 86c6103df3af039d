package org.entente.actions.exports;

import java.io.IOException;
import java.util.Locale;

import org.entente.actions.agreement.AgreementDirectory;
import org.entente.platform.replica.AgreementReplica;
import org.entente.platform.spreadsheet.SpreadsheetFormat;
import org.entente.platform.web.Languages;
import org.entente.platform.web.ProblemException;
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

    private final PlanExport plan;
    private final AgreementDirectory agreements;

    ExportController(PlanExport plan, AgreementDirectory agreements) {
        this.plan = plan;
        this.agreements = agreements;
    }

    @GetMapping("/agreements/{agreementId}/plan.{format}")
    @Operation(summary = "An agreement's action plan as CSV or XLSX",
            description = "Items with their progress and indicators; lang en or fr (else the request's language) sets "
                    + "the headers and labels. The columns are the import's (kind=actions), then status, percent "
                    + "complete and indicator actuals: the file imports back unchanged.")
    void plan(@PathVariable String agreementId, @PathVariable String format,
              @RequestParam(required = false) Locale lang, Locale requestLocale,
              HttpServletResponse response) throws IOException {
        SpreadsheetFormat spreadsheet = SpreadsheetFormat.named(format);
        AgreementReplica agreement = agreements.find(agreementId)
                .orElseThrow(() -> ProblemException.notFound("agreement", agreementId));
        Locale language = Languages.locale(lang == null ? requestLocale : lang);
        String fileName = "plan-" + agreement.code() + "." + spreadsheet.name().toLowerCase(Locale.ROOT);
        response.setContentType(spreadsheet.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        try (SpreadsheetFormat.Rows rows = spreadsheet.open(response.getOutputStream(), "plan",
                language == Locale.FRENCH)) {
            plan.write(agreement, language, rows);
        }
    }
}
