package org.entente.agreements.agreement;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import org.entente.platform.outbox.AggregateStore;
import org.entente.platform.validation.CountryCodeValidator;
import org.entente.platform.web.IfMatch;
import org.entente.platform.web.MergePatch;
import org.entente.platform.web.PageResponse;
import org.entente.platform.web.Paging;
import org.entente.platform.web.ProblemException;
import org.entente.platform.web.RequestValidator;
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
    private final RegisteringAgreement registering;
    private final EditingAgreement editing;
    private final RequestValidator validator;

    AgreementController(AggregateStore<Agreement> agreements, AgreementQueries queries,
                        RegisteringAgreement registering, EditingAgreement editing, RequestValidator validator) {
        this.agreements = agreements;
        this.queries = queries;
        this.registering = registering;
        this.editing = editing;
        this.validator = validator;
    }

    @PostMapping
    @Operation(summary = "Register an agreement", description = "Starts as DRAFT. Emits entente.agreement.created.v1.")
    ResponseEntity<AgreementView> register(@Validated @RequestBody AgreementRequest request) {
        Agreement agreement = registering.register(request);
        return IfMatch.created("/api/agreements/" + agreement.id(), agreement.version(), AgreementView.of(agreement));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read an agreement")
    ResponseEntity<AgreementView> read(@PathVariable String id) {
        Agreement agreement = agreements.get(id);
        return IfMatch.ok(agreement.version(), AgreementView.of(agreement));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace an agreement's details",
            description = "Needs If-Match. Status changes go through /status. Emits entente.agreement.updated.v1.")
    ResponseEntity<AgreementView> replace(@PathVariable String id,
                                          @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @Validated @RequestBody AgreementRequest request) {
        Agreement agreement = editing.edit(id, IfMatch.version(ifMatch), request);
        return IfMatch.ok(agreement.version(), AgreementView.of(agreement));
    }

    @PatchMapping(path = "/{id}", consumes = {MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Change some of an agreement's details (JSON merge patch)",
            description = "Needs If-Match. null removes a field. Emits entente.agreement.updated.v1.")
    ResponseEntity<AgreementView> patch(@PathVariable String id,
                                        @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                        @RequestBody(required = false) JsonNode patch) {
        long clientVersion = IfMatch.version(ifMatch);
        AgreementRequest request = validator.patch(AgreementRequest.of(agreements.get(id)), patch);
        Agreement agreement = editing.edit(id, clientVersion, request);
        return IfMatch.ok(agreement.version(), AgreementView.of(agreement));
    }

    @GetMapping
    @Operation(summary = "List agreements", description = "q matches the code, the titles, the summary and the parties' "
            + "names, ignoring case and accents. country and organizationId match any party. responsible is the "
            + "responsible staff member's e-mail, ignoring case.")
    PageResponse<AgreementView> list(@RequestParam(required = false) @Size(max = 200) String q,
                                 @RequestParam(required = false) AgreementStatus status,
                                 @RequestParam(required = false) AgreementKind kind,
                                 @RequestParam(required = false) String country,
                                 @RequestParam(required = false) String organizationId,
                                 @RequestParam(required = false) String theme,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiringBefore,
                                 @RequestParam(required = false) @Email @Size(max = 254) String responsible,
                                 @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "20") int size,
                                 @RequestParam(required = false) String sort) {
        if (country != null && !CountryCodeValidator.isCountryCode(country)) {
            throw ProblemException.badRequest("country", "must be an ISO 3166-1 alpha-2 country code such as FR or KZ");
        }
        return PageResponse.of(queries.list(
                new AgreementQueries.Filter(q, status, kind, country, organizationId, theme, expiringBefore,
                        responsible),
                Paging.of(page, size, sort, AgreementQueries.SORTABLE, Sort.by(Sort.Direction.DESC, "createdAt")))
                .map(AgreementView::of));
    }

}
