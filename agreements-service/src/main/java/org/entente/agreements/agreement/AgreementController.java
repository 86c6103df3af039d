package org.entente.agreements.agreement;

import java.net.URI;
import java.time.Clock;

import org.entente.platform.outbox.AggregateStore;
import org.entente.platform.web.ProblemException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/agreements")
@Tag(name = "Agreements")
class AgreementController {

    private final AggregateStore<Agreement> agreements;
    private final AgreementQueries queries;
    private final Clock clock;

    AgreementController(AggregateStore<Agreement> agreements, AgreementQueries queries, Clock clock) {
        this.agreements = agreements;
        this.queries = queries;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Register an agreement", description = "Emits entente.agreement.created.v1.")
    ResponseEntity<Agreement> register(@Validated @RequestBody RegisterAgreementRequest request) {
        Agreement.Change registered = Agreement.register(request.code(), request.title(),
                request.parties().stream().map(RegisterAgreementRequest.PartyRequest::toParty).toList(),
                clock.instant());
        Agreement agreement;
        try {
            agreement = agreements.insert(registered.agreement(), registered.events());
        } catch (DuplicateKeyException e) {
            throw queries.findByCode(request.code())
                    .map(existing -> ProblemException.conflict("An agreement with code " + request.code()
                            + " already exists (id " + existing.id() + ")."))
                    .orElseThrow(() -> e);
        }
        return ResponseEntity.created(URI.create("/api/agreements/" + agreement.id()))
                .eTag(String.valueOf(agreement.version()))
                .body(agreement);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read an agreement")
    ResponseEntity<Agreement> read(@PathVariable String id) {
        Agreement agreement = agreements.findById(id).orElseThrow(() -> ProblemException.notFound("agreement", id));
        return ResponseEntity.ok().eTag(String.valueOf(agreement.version())).body(agreement);
    }
}
