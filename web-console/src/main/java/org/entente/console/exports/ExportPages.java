package org.entente.console.exports;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.entente.console.Services;
import org.entente.console.form.Problem;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The register's and the delegations' exports, CSV or XLSX, made by agreements-service with the
 * reader's token and language and streamed through: the filters of the list the reader is looking at apply.
 * An agreement's action plan likewise, made by actions-service.
 */
@Controller
class ExportPages {

    private static final List<String> FORMATS = List.of("csv", "xlsx");
    /** The register's filters, as GET /api/agreements names them. */
    private static final List<String> REGISTER_FILTERS = List.of("q", "status", "kind", "country", "organizationId",
            "theme", "expiringBefore", "sort");
    /** The delegations page's filters, as GET /api/delegations names them. */
    private static final List<String> DELEGATION_FILTERS = List.of("from", "to", "direction");

    private final Services services;
    private final Downloads downloads;

    ExportPages(Services services, Downloads downloads) {
        this.services = services;
        this.downloads = downloads;
    }

    @GetMapping("/agreements/export.{format}")
    void register(@PathVariable String format, @RequestParam Map<String, String> query, HttpServletResponse response) {
        export("/api/exports/agreements." + checked(format), REGISTER_FILTERS, query, response);
    }

    @GetMapping("/delegations/export.{format}")
    void delegations(@PathVariable String format, @RequestParam Map<String, String> query, HttpServletResponse response) {
        export("/api/exports/delegations." + checked(format), DELEGATION_FILTERS, query, response);
    }

    @GetMapping("/agreements/{id}/plan/export.{format}")
    void plan(@PathVariable String id, @PathVariable String format, HttpServletResponse response) {
        downloads.stream(services.actions().get().uri(uri -> uri.path("/api/exports/agreements/{id}/plan." + checked(format))
                .queryParam("lang", LocaleContextHolder.getLocale().getLanguage()).build(id)), response);
    }

    /**
     * Chosen agreements as IATI XML (at most the service's 200 a file). A refusal (a restricted
     * agreement, an internal one without internal=true: 422) is a page saying why, not an error.
     */
    @GetMapping("/agreements/iati.xml")
    String iati(@RequestParam(name = "agreementId", required = false) List<String> agreementIds,
                @RequestParam(defaultValue = "false") boolean internal, HttpServletResponse response, Model model) {
        Problem refusal = downloads.streamUnlessRefused(services.actions().get().uri(uri -> {
            uri.path("/api/exports/iati.xml").queryParam("internal", internal);
            (agreementIds == null ? List.<String>of() : agreementIds).forEach(id -> uri.queryParam("agreementId", id));
            return uri.build();
        }), response);
        if (refusal == null) {
            return null; // streamed
        }
        response.setStatus(refusal.status());
        model.addAttribute("refusal", refusal);
        return "exports/refused";
    }

    private void export(String path, List<String> filters, Map<String, String> query, HttpServletResponse response) {
        downloads.stream(services.agreements().get().uri(uri -> {
            uri.path(path).queryParam("lang", LocaleContextHolder.getLocale().getLanguage());
            filters.stream().filter(name -> StringUtils.hasText(query.get(name)))
                    .forEach(name -> uri.queryParam(name, query.get(name).trim()));
            return uri.build();
        }), response);
    }

    private static String checked(String format) {
        if (!FORMATS.contains(format)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return format;
    }
}
