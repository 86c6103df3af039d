package org.entente.console.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.entente.console.Page;
import org.entente.console.Services;
import org.entente.console.exports.Downloads;
import org.entente.console.exports.StreamedPart;
import org.entente.console.form.FormErrors;
import org.entente.console.form.Problem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * Spreadsheet imports: the upload (passed on, as it arrives, to the service that imports that
 * kind), the dry run's report paged with an "errors only" filter, the apply with its progress,
 * the history, and the templates to fill in. The services decide everything; the console shows it.
 */
@Controller
class ImportPages {

    private static final int REPORT_PAGE = 50;
    private static final ParameterizedTypeReference<Page<Import>> IMPORTS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Page<Import.Row>> ROWS = new ParameterizedTypeReference<>() {
    };

    private final Services services;
    private final Downloads downloads;
    private final MessageSource messages;

    ImportPages(Services services, Downloads downloads, MessageSource messages) {
        this.services = services;
        this.downloads = downloads;
        this.messages = messages;
    }

    @GetMapping("/imports")
    String imports(Authentication user, Model model) {
        if (!model.containsAttribute("uploadErrors")) {
            model.addAttribute("uploadErrors", FormErrors.NONE);
        }
        model.addAttribute("kinds", ImportKind.offeredTo(user).stream().map(ImportKind::slug).toList());
        model.addAttribute("history", history(user));
        return "imports/imports";
    }

    @PostMapping("/imports")
    String upload(MultipartHttpServletRequest request, Authentication user, Model model, HttpServletResponse response)
            throws IOException {
        MultipartFile file;
        try {
            // The body is parsed here, on first asking (resolve-lazily), so a file over the limit is refused on this page.
            file = request.getFile("file");
        } catch (MaxUploadSizeExceededException overTheLimit) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            String tooLarge = messages.getMessage("imports.tooLarge", null, LocaleContextHolder.getLocale());
            return refused(new Problem(413, tooLarge, null, List.of(new Problem.FieldProblem("file", tooLarge))), null, user,
                    model);
        }
        String kind = request.getParameter("kind");
        ImportKind chosen = kind(kind);
        if (file == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", StreamedPart.of(file));
        try {
            Import created = chosen.of(services).post().uri(uri -> uri.path("/api/imports").queryParam("kind", chosen.slug()).build())
                    .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().body(Import.class);
            return "redirect:/imports/" + chosen.slug() + "/" + created.id();
        } catch (RestClientResponseException refusal) {
            Problem problem = Problem.of(refusal);
            response.setStatus(problem.status() >= 500 ? HttpStatus.BAD_GATEWAY.value() : problem.status());
            return refused(problem, kind, user, model);
        }
    }

    @GetMapping("/imports/{kind}/{id}")
    String report(@PathVariable String kind, @PathVariable String id,
                  @RequestParam(defaultValue = "false") boolean errorsOnly,
                  @RequestParam(defaultValue = "0") int page, Authentication user, Model model) {
        ImportKind imported = kind(kind);
        model.addAttribute("kind", imported.slug());
        model.addAttribute("mayApply", ImportKind.offeredTo(user).contains(imported));
        model.addAttribute("job", job(imported, id));
        model.addAttribute("errorsOnly", errorsOnly);
        model.addAttribute("outcomes", Import.OUTCOMES);
        model.addAttribute("rows", imported.of(services).get().uri(uri -> {
            uri.path("/api/imports/{id}/rows").queryParam("page", Math.max(page, 0)).queryParam("size", REPORT_PAGE);
            if (errorsOnly) {
                uri.queryParam("outcome", "ERROR");
            }
            return uri.build(id);
        }).retrieve().body(ROWS));
        if (!model.containsAttribute("applyErrors")) {
            model.addAttribute("applyErrors", FormErrors.NONE);
        }
        return "imports/report";
    }

    /** The progress alone, which the report asks for again while the import applies. */
    @GetMapping("/imports/{kind}/{id}/progress")
    String progress(@PathVariable String kind, @PathVariable String id, Authentication user, Model model) {
        ImportKind imported = kind(kind);
        model.addAttribute("kind", imported.slug());
        model.addAttribute("mayApply", ImportKind.offeredTo(user).contains(imported));
        model.addAttribute("job", job(imported, id));
        model.addAttribute("outcomes", Import.OUTCOMES);
        return "imports/report :: progress";
    }

    @PostMapping("/imports/{kind}/{id}/apply")
    String apply(@PathVariable String kind, @PathVariable String id, Authentication user, Model model) {
        ImportKind imported = kind(kind);
        try {
            imported.of(services).post().uri("/api/imports/{id}/apply", id).retrieve().toBodilessEntity();
            return "redirect:/imports/" + imported.slug() + "/" + id;
        } catch (RestClientResponseException refusal) {
            model.addAttribute("applyErrors", FormErrors.of(Problem.of(refusal)));
            return report(kind, id, false, 0, user, model);
        }
    }

    @GetMapping("/imports/templates/{kind}.{format}")
    void template(@PathVariable String kind, @PathVariable String format, @RequestParam String lang,
                  HttpServletResponse response) {
        ImportKind template = kind(kind);
        downloads.stream(template.of(services).get().uri(uri -> uri.path("/api/imports/templates/{kind}.{format}")
                .queryParam("lang", lang).build(template.slug(), format)), response);
    }

    private String refused(Problem problem, String kind, Authentication user, Model model) {
        model.addAttribute("uploadErrors", FormErrors.of(problem));
        model.addAttribute("chosenKind", kind);
        return imports(user, model);
    }

    private Import job(ImportKind kind, String id) {
        return kind.of(services).get().uri("/api/imports/{id}", id).retrieve().body(Import.class);
    }

    /**
     * The imports of every service whose imports the user may read, newest first. A service that
     * refuses them all the same (its rules changed) leaves its imports out rather than the page.
     */
    private List<Import> history(Authentication user) {
        List<Import> history = new ArrayList<>();
        Arrays.stream(ImportKind.values()).filter(kind -> kind.readableBy(user)).map(kind -> kind.of(services)).distinct()
                .forEach(service -> {
                    try {
                        history.addAll(latest(service.get()));
                    } catch (HttpClientErrorException.Forbidden refused) {
                        // not this user's to read
                    }
                });
        history.sort(Comparator.comparing(Import::createdAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return history;
    }

    private static List<Import> latest(RestClient.RequestHeadersUriSpec<?> get) {
        return get.uri("/api/imports?size=20").retrieve().body(IMPORTS).items();
    }

    private static ImportKind kind(String slug) {
        ImportKind kind = ImportKind.named(slug);
        if (kind == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return kind;
    }
}
