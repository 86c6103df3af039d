package org.entente.agreements.agreement;

import java.time.Clock;

import org.entente.agreements.contact.ContactsRequest;
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

/** An agreement's contact persons, and its focal points made stakeholders. Both need If-Match. */
@RestController
@RequestMapping("/api/agreements/{id}/contacts")
@Tag(name = "Agreements")
class AgreementContactController {

    private final AggregateStore<Agreement> agreements;
    private final Clock clock;

    AgreementContactController(AggregateStore<Agreement> agreements, Clock clock) {
        this.agreements = agreements;
        this.clock = clock;
    }

    @PutMapping
    @Operation(summary = "Replace an agreement's contact persons",
            description = "At most 20; a focal point needs an e-mail. Emits entente.agreement.contacts-changed.v1.")
    ResponseEntity<AgreementView> replace(@PathVariable String id,
                                          @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @Validated @RequestBody ContactsRequest request) {
        Agreement agreement = agreements.change(id, IfMatch.version(ifMatch),
                current -> current.replaceContacts(request.toContacts(), clock.instant()));
        return IfMatch.ok(agreement.version(), AgreementView.of(agreement));
    }

    @PostMapping("/focal-points/stakeholders")
    @Operation(summary = "Make the agreement's focal points stakeholders",
            description = "Each focal point follows the agreement by e-mail, in their language (notify-service "
                    + "subscribes each once). 422 without a focal point. Emits entente.agreement.stakeholders-added.v1.")
    ResponseEntity<AgreementView> addFocalPoints(@PathVariable String id,
                                                 @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Agreement agreement = agreements.change(id, IfMatch.version(ifMatch),
                current -> current.addFocalPointsAsStakeholders(clock.instant()));
        return IfMatch.ok(agreement.version(), AgreementView.of(agreement));
    }
}
