package org.entente.agreements.delegation;

import java.time.Clock;
import java.time.LocalDate;

import org.entente.agreements.agreement.AgreementQueries;
import org.entente.platform.outbox.AggregateStore;
import org.entente.platform.validation.CountryCodeValidator;
import org.entente.platform.web.IfMatch;
import org.entente.platform.web.PageResponse;
import org.entente.platform.web.Paging;
import org.entente.platform.web.ProblemException;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
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
@RequestMapping("/api")
@Tag(name = "Delegations")
class DelegationController {

    private final AggregateStore<Delegation> delegations;
    private final DelegationQueries queries;
    private final AgreementQueries agreements;
    private final SchedulingDelegation scheduling;
    private final MovingDelegation moving;
    private final Clock clock;

    DelegationController(AggregateStore<Delegation> delegations, DelegationQueries queries, AgreementQueries agreements,
                         SchedulingDelegation scheduling, MovingDelegation moving, Clock clock) {
        this.delegations = delegations;
        this.queries = queries;
        this.agreements = agreements;
        this.scheduling = scheduling;
        this.moving = moving;
        this.clock = clock;
    }

    @PostMapping("/agreements/{agreementId}/delegations")
    @Operation(summary = "Log a visit under an agreement", description = "Emits entente.delegation.scheduled.v1, keyed by the agreement.")
    ResponseEntity<DelegationView> scheduleUnderAgreement(@PathVariable String agreementId,
                                                      @Validated @RequestBody DelegationRequest request) {
        requireAgreement(agreementId);
        if (request.agreementId() != null && !request.agreementId().equals(agreementId)) {
            throw ProblemException.badRequest("agreementId", "must be absent or the agreement of the path, " + agreementId);
        }
        return created(scheduling.schedule(request, agreementId));
    }

    @PostMapping("/delegations")
    @Operation(summary = "Log a visit", description = "agreementId is optional. Emits entente.delegation.scheduled.v1, "
            + "keyed by the agreement if there is one, else by the delegation.")
    ResponseEntity<DelegationView> scheduleStandalone(@Validated @RequestBody DelegationRequest request) {
        return created(scheduling.schedule(request, request.agreementId()));
    }

    @GetMapping("/delegations/{id}")
    @Operation(summary = "Read a delegation")
    ResponseEntity<DelegationView> read(@PathVariable String id) {
        Delegation delegation = delegations.get(id);
        return IfMatch.ok(delegation.version(), DelegationView.of(delegation));
    }

    @PutMapping("/delegations/{id}")
    @Operation(summary = "Replace a delegation's details", description = "Needs If-Match. The status is changed "
            + "through /status. Emits entente.delegation.updated.v1 when something changed.")
    ResponseEntity<DelegationView> replace(@PathVariable String id,
                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                       @Validated @RequestBody DelegationRequest request) {
        long clientVersion = IfMatch.version(ifMatch);
        Delegation.Details details = scheduling.details(request, request.agreementId());
        Delegation delegation = delegations.change(id, clientVersion,
                current -> current.replace(details, LocalDate.now(clock), clock.instant()));
        return IfMatch.ok(delegation.version(), DelegationView.of(delegation));
    }

    @PostMapping("/delegations/{id}/status")
    @Operation(summary = "Confirm, complete or cancel a visit", description = "PLANNED -> CONFIRMED -> COMPLETED; "
            + "PLANNED|CONFIRMED -> CANCELLED with a reason; a delegation's allowedStatuses lists where it may go. "
            + "If-Match is optional. "
            + "Emits entente.delegation.status-changed.v1.")
    ResponseEntity<DelegationView> changeStatus(@PathVariable String id,
                                            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                            @Validated @RequestBody StatusChangeRequest request) {
        Delegation delegation = moving.move(id, IfMatch.optionalVersion(ifMatch), request.status(), request.reason());
        return IfMatch.ok(delegation.version(), DelegationView.of(delegation));
    }

    @GetMapping("/agreements/{agreementId}/delegations")
    @Operation(summary = "List an agreement's visits", description = "Same filters as /api/delegations.")
    PageResponse<DelegationView> listOfAgreement(@PathVariable String agreementId,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                             @RequestParam(required = false) String country,
                                             @RequestParam(required = false) DelegationStatus status,
                                             @RequestParam(required = false) DelegationDirection direction,
                                             @RequestParam(defaultValue = "0") int page,
                                             @RequestParam(defaultValue = "20") int size,
                                             @RequestParam(required = false) String sort) {
        requireAgreement(agreementId);
        return list(new DelegationQueries.Filter(agreementId, from, to, country, status, direction), page, size, sort);
    }

    @GetMapping("/delegations")
    @Operation(summary = "List visits", description = "from and to keep the visits that overlap that date range; "
            + "country is where the visit takes place.")
    PageResponse<DelegationView> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                  @RequestParam(required = false) String country,
                                  @RequestParam(required = false) DelegationStatus status,
                                  @RequestParam(required = false) String agreementId,
                                  @RequestParam(required = false) DelegationDirection direction,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "20") int size,
                                  @RequestParam(required = false) String sort) {
        return list(new DelegationQueries.Filter(agreementId, from, to, country, status, direction), page, size, sort);
    }

    private PageResponse<DelegationView> list(DelegationQueries.Filter filter, int page, int size, String sort) {
        if (filter.country() != null && !CountryCodeValidator.isCountryCode(filter.country())) {
            throw ProblemException.badRequest("country", "must be an ISO 3166-1 alpha-2 country code such as FR or KZ");
        }
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw ProblemException.badRequest("to", "must be on or after from, " + filter.from());
        }
        return PageResponse.of(queries.search(filter, agreements.hiddenIds(),
                Paging.of(page, size, sort, DelegationQueries.SORTABLE, Sort.by("startDate"))).map(DelegationView::of));
    }

    private static ResponseEntity<DelegationView> created(Delegation delegation) {
        return IfMatch.created("/api/delegations/" + delegation.id(), delegation.version(), DelegationView.of(delegation));
    }

    private void requireAgreement(String agreementId) {
        if (!agreements.exists(agreementId)) {
            throw ProblemException.notFound("agreement", agreementId);
        }
    }
}
