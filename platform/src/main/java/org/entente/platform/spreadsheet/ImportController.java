package org.entente.platform.spreadsheet;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import org.entente.platform.web.Languages;
import org.entente.platform.web.PageResponse;
import org.entente.platform.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/imports")
@Tag(name = "Imports")
class ImportController {

    private final ReadingImport reading;
    private final ApplyingImport applying;
    private final ImportStore store;
    private final ImportTemplates templates;

    ImportController(ReadingImport reading, ApplyingImport applying, ImportStore store, ImportTemplates templates) {
        this.reading = reading;
        this.applying = applying;
        this.store = store;
        this.templates = templates;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a spreadsheet for a dry run",
            description = "kind is one of the service's kinds (agreements-service: organizations, agreements, "
                    + "delegations; actions-service: actions); the file CSV (UTF-8, comma or semicolon) "
                    + "or XLSX, at most 20 MB and 50,000 rows. Nothing is written but the import: the answer is the "
                    + "import, whose rows say what each would do. Apply it with POST /api/imports/{id}/apply.")
    ResponseEntity<ImportView> upload(@RequestParam String kind, @RequestPart("file") MultipartFile file)
            throws IOException {
        ImportJob job = reading.read(reading.handler(kind).kind(), file.getOriginalFilename(), file.getInputStream());
        return ResponseEntity.status(HttpStatus.CREATED).header(HttpHeaders.LOCATION, "/api/imports/" + job.id())
                .body(ImportView.of(job));
    }

    @GetMapping
    @Operation(summary = "The history of imports, newest first")
    PageResponse<ImportView> list(@RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(store.list(Paging.of(page, size, null, Set.of(), Sort.by("createdAt")))
                .map(ImportView::of));
    }

    @GetMapping("/{id}")
    @Operation(summary = "An import and its progress", description = "rowsDone of rowsTotal while it applies, "
            + "counted every " + ApplyingImport.PROGRESS_STEP + " rows and exact once APPLIED.")
    ImportView read(@PathVariable String id) {
        return ImportView.of(store.get(id));
    }

    @GetMapping("/{id}/rows")
    @Operation(summary = "The report, row by row", description = "outcome=ERROR lists the rows in error only.")
    PageResponse<ImportView.Row> rows(@PathVariable String id, @RequestParam(required = false) RowOutcome outcome,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "50") int size) {
        store.get(id);
        return PageResponse.of(store.rows(id, outcome, Paging.of(page, size, null, Set.of(), Sort.by("number")))
                .map(ImportView.Row::of));
    }

    @PostMapping("/{id}/apply")
    @Operation(summary = "Apply a dry-run import", description = "202: rows are applied in the background, each "
            + "through the same use cases as the API, as the importing user; follow rowsDone on the import. "
            + "An import is applied once (409 after).")
    ResponseEntity<ImportView> apply(@PathVariable String id) {
        ImportJob job = applying.confirm(id);
        return ResponseEntity.accepted().header(HttpHeaders.LOCATION, "/api/imports/" + id)
                .body(ImportView.of(job));
    }

    @GetMapping("/templates/{kind}.{format}")
    @Operation(summary = "A template to fill in", description = "format csv or xlsx; lang en or fr (else the "
            + "request's language): headers in that language and one example row.")
    ResponseEntity<byte[]> template(@PathVariable String kind, @PathVariable String format,
                                    @RequestParam(required = false) Locale lang, Locale requestLocale) {
        RowHandler wanted = reading.handler(kind);
        Locale language = Languages.locale(lang == null ? requestLocale : lang);
        SpreadsheetFormat spreadsheet = SpreadsheetFormat.named(format);
        String fileName = wanted.kind().slug() + "-" + language.getLanguage() + "." + spreadsheet.name().toLowerCase(Locale.ROOT);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(spreadsheet.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(templates.file(wanted, language, spreadsheet));
    }
}
