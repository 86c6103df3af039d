package org.entente.agreements.agreement;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.entente.platform.outbox.AggregateStore;
import org.entente.platform.web.IfMatch;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Moves in the lifecycle, renewals and the access list. If-Match is optional here: sent, it is checked. */
@RestController
@RequestMapping("/api/agreements/{id}")
@Tag(name = "Agreements")
class AgreementLifecycleController {

    /** A move in the lifecycle: where to, on which date (signing), where (signing place), and why. */
    record StatusRequest(@NotNull AgreementStatus status, LocalDate on, @Size(max = 200) String place,
                         @Size(max = 2000) String reason) {
    }

    record RenewalRequest(@NotNull LocalDate expiresOn, @Size(max = 2000) String note) {
    }

    private final AggregateStore<Agreement> agreements;
    private final MovingAgreement moving;
    private final Clock clock;

    AgreementLifecycleController(AggregateStore<Agreement> agreements, MovingAgreement moving, Clock clock) {
        this.agreements = agreements;
        this.moving = moving;
        this.clock = clock;
    }

    @PostMapping("/status")
    @Operation(summary = "Move the agreement in its lifecycle",
            description = "DRAFT -> NEGOTIATION -> SIGNED -> ACTIVE <-> SUSPENDED; ACTIVE|SUSPENDED -> TERMINATED; "
                    + "DRAFT|NEGOTIATION -> ABANDONED. Signing needs a date and a signatory on two parties; "
                    + "suspending, terminating and abandoning need a reason. The agreement's allowedMoves lists the moves "
                    + "offered from its status (move, to, inputs: the fields each asks for; RENEW is POST /renewals). "
                    + "Emits entente.agreement.status-changed.v1.")
    ResponseEntity<AgreementView> changeStatus(@PathVariable String id,
                                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @Validated @RequestBody StatusRequest request) {
        Agreement agreement = moving.move(id, IfMatch.optionalVersion(ifMatch),
                new MovingAgreement.Move(request.status(), request.on(), request.place(), request.reason()));
        return IfMatch.ok(agreement.version(), AgreementView.of(agreement));
    }

    @PostMapping("/renewals")
    @Operation(summary = "Renew the agreement until a new expiry date",
            description = "An expired agreement becomes ACTIVE again; the history keeps every renewal. "
                    + "Emits entente.agreement.renewed.v1.")
    ResponseEntity<AgreementView> renew(@PathVariable String id,
                                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                    @Validated @RequestBody RenewalRequest request) {
        Agreement agreement = agreements.change(id, IfMatch.optionalVersion(ifMatch),
                current -> current.renew(request.expiresOn(), request.note(), LocalDate.now(clock), clock.instant()));
        return IfMatch.ok(agreement.version(), AgreementView.of(agreement));
    }

    @PutMapping("/access")
    @Operation(summary = "Replace the access list of a restricted agreement",
            description = "User ids (token subjects) and role names who may see the agreement while it is RESTRICTED; "
                    + "everyone else gets 404. Emits entente.agreement.access-changed.v1.")
    ResponseEntity<AgreementView> changeAccess(@PathVariable String id,
                                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @Validated @RequestBody AccessList request) {
        Agreement agreement = agreements.change(id, IfMatch.optionalVersion(ifMatch),
                current -> current.changeAccess(request, clock.instant()));
        return IfMatch.ok(agreement.version(), AgreementView.of(agreement));
    }

}
