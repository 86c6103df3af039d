package org.entente.agreements.organization;

import java.time.Clock;

import jakarta.validation.constraints.Size;

import org.entente.platform.outbox.AggregateStore;
import org.entente.platform.validation.CountryCodeValidator;
import org.entente.agreements.contact.ContactsRequest;
import org.entente.platform.web.IfMatch;
import org.entente.platform.web.PageResponse;
import org.entente.platform.web.Paging;
import org.entente.platform.web.ProblemException;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
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

@RestController
@RequestMapping("/api/organizations")
@Tag(name = "Organizations")
class OrganizationController {

    private final AggregateStore<Organization> organizations;
    private final OrganizationQueries queries;
    private final RegisteringOrganization registering;
    private final Clock clock;

    OrganizationController(AggregateStore<Organization> organizations, OrganizationQueries queries,
                           RegisteringOrganization registering, Clock clock) {
        this.organizations = organizations;
        this.queries = queries;
        this.registering = registering;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Register a partner organization", description = "Emits entente.organization.registered.v1. "
            + "An organization with the same name and country is refused with 409.")
    ResponseEntity<OrganizationView> register(@Validated @RequestBody OrganizationRequest request) {
        Organization organization = registering.register(request);
        return IfMatch.created("/api/organizations/" + organization.id(), organization.version(),
                OrganizationView.of(organization));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read an organization")
    ResponseEntity<OrganizationView> read(@PathVariable String id) {
        Organization organization = organizations.get(id);
        return IfMatch.ok(organization.version(), OrganizationView.of(organization));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace an organization's details", description = "Needs If-Match. Emits entente.organization.updated.v1.")
    ResponseEntity<OrganizationView> replace(@PathVariable String id,
                                             @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                             @Validated @RequestBody OrganizationRequest request) {
        Organization organization = organizations.change(id, IfMatch.version(ifMatch),
                current -> current.replace(request.details(), clock.instant()));
        return IfMatch.ok(organization.version(), OrganizationView.of(organization));
    }

    @PutMapping("/{id}/contacts")
    @Operation(summary = "Replace an organization's contact persons",
            description = "Needs If-Match. At most 20; a focal point needs an e-mail. "
                    + "Emits entente.organization.contacts-changed.v1.")
    ResponseEntity<OrganizationView> replaceContacts(@PathVariable String id,
                                                     @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                     @Validated @RequestBody ContactsRequest request) {
        Organization organization = organizations.change(id, IfMatch.version(ifMatch),
                current -> current.replaceContacts(request.toContacts(), clock.instant()));
        return IfMatch.ok(organization.version(), OrganizationView.of(organization));
    }

    @GetMapping
    @Operation(summary = "Search organizations",
            description = "q matches the name, the acronym and the names in other languages, ignoring case and accents.")
    PageResponse<OrganizationView> search(@RequestParam(required = false) @Size(max = 200) String q,
                                      @RequestParam(required = false) String country,
                                      @RequestParam(required = false) OrganizationType type,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "20") int size,
                                      @RequestParam(required = false) String sort) {
        if (country != null && !CountryCodeValidator.isCountryCode(country)) {
            throw ProblemException.badRequest("country", "must be an ISO 3166-1 alpha-2 country code such as FR or KZ");
        }
        return PageResponse.of(queries.search(q, country, type,
                Paging.of(page, size, sort, OrganizationQueries.SORTABLE, Sort.by("name")))
                .map(OrganizationView::of));
    }

}
