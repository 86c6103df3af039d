package org.entente.agreements.agreement;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.entente.platform.outbox.AggregateStore;
import org.entente.platform.outbox.Change;
import org.entente.platform.validation.CountryCodeValidator;
import org.entente.platform.security.Caller;
import org.entente.platform.web.IfMatch;
import org.entente.platform.web.MergePatch;
import org.entente.platform.web.PageResponse;
import org.entente.platform.web.Paging;
import org.entente.platform.web.ProblemException;
import org.entente.platform.web.RequestValidator;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/agreements")
@Tag(name = "Agreements")
class AgreementController {

    private final AggregateStore<Agreement> agreements;
    private final AgreementQueries queries;
    private final AgreementDetailsResolver resolver;
    private final RequestValidator validator;
    private final Clock clock;

    AgreementController(AggregateStore<Agreement> agreements, AgreementQueries queries, AgreementDetailsResolver resolver,
                        RequestValidator validator, Clock clock) {
        this.agreements = agreements;
        this.queries = queries;
        this.resolver = resolver;
        this.validator = validator;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Register an agreement", description = "Starts as DRAFT. Emits entente.agreement.created.v1.")
    ResponseEntity<Agreement> register(@Validated @RequestBody AgreementRequest request) {
        Change<Agreement> registered = Agreement.register(resolver.resolve(request), clock.instant(),
                Caller.current().subject());
        try {
            Agreement agreement = agreements.insert(registered.aggregate(), registered.events());
            return ResponseEntity.created(URI.create("/api/agreements/" + agreement.id()))
                    .eTag(IfMatch.etag(agreement.version())).body(agreement);
        } catch (DuplicateKeyException e) {
            throw duplicateCode(request.code());
        }
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read an agreement")
    ResponseEntity<Agreement> read(@PathVariable String id) {
        Agreement agreement = agreements.get(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(agreement.version())).body(agreement);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace an agreement's details",
            description = "Needs If-Match. Status changes go through /status. Emits entente.agreement.updated.v1.")
    ResponseEntity<Agreement> replace(@PathVariable String id,
                                      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                      @Validated @RequestBody AgreementRequest request) {
        return edit(id, IfMatch.version(ifMatch), request);
    }

    @PatchMapping(path = "/{id}", consumes = {MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Change some of an agreement's details (JSON merge patch)",
            description = "Needs If-Match. null removes a field. Emits entente.agreement.updated.v1.")
    ResponseEntity<Agreement> patch(@PathVariable String id,
                                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                    @RequestBody(required = false) JsonNode patch) {
        long clientVersion = IfMatch.version(ifMatch);
        Agreement current = agreements.get(id);
        AgreementRequest request = validator.patch(AgreementRequest.of(current), patch);
        return edit(id, clientVersion, request);
    }

    @GetMapping
    @Operation(summary = "List agreements", description = "q matches the code, the titles, the summary and the parties' "
            + "names, ignoring case and accents. country and organizationId match any party.")
    PageResponse<Agreement> list(@RequestParam(required = false) @Size(max = 200) String q,
                                 @RequestParam(required = false) AgreementStatus status,
                                 @RequestParam(required = false) AgreementKind kind,
                                 @RequestParam(required = false) String country,
                                 @RequestParam(required = false) String organizationId,
                                 @RequestParam(required = false) String theme,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiringBefore,
                                 @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "20") int size,
                                 @RequestParam(required = false) String sort) {
        if (country != null && !CountryCodeValidator.isCountryCode(country)) {
            throw ProblemException.badRequest("country", "must be an ISO 3166-1 alpha-2 country code such as FR or KZ");
        }
        return PageResponse.of(queries.list(
                new AgreementQueries.Filter(q, status, kind, country, organizationId, theme, expiringBefore),
                Paging.of(page, size, sort, AgreementQueries.SORTABLE, Sort.by(Sort.Direction.DESC, "createdAt"))));
    }

    private ResponseEntity<Agreement> edit(String id, long clientVersion, AgreementRequest request) {
        Agreement.Details details = resolver.resolve(request);
        try {
            Agreement agreement = agreements.change(id, clientVersion, current -> current.edit(details, clock.instant(),
                    Caller.current().subject()));
            return ResponseEntity.ok().eTag(IfMatch.etag(agreement.version())).body(agreement);
        } catch (DuplicateKeyException e) {
            throw duplicateCode(request.code());
        }
    }

    private ProblemException duplicateCode(String code) {
        return queries.findByCode(code)
                .map(existing -> ProblemException.conflict("An agreement with code " + code + " already exists (id "
                        + existing.id() + ").").with("existingId", existing.id()))
                .orElseGet(() -> ProblemException.conflict("An agreement with code " + code + " already exists."));
    }
}
