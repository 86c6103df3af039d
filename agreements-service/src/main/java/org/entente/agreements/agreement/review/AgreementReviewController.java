package org.entente.agreements.agreement.review;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.entente.agreements.agreement.Agreement;
import org.entente.agreements.agreement.AgreementView;
import org.entente.platform.domain.Refusal;
import org.entente.platform.security.Caller;
import org.entente.platform.web.IfMatch;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Review before signature. If-Match is optional here, as for other moves: sent, it is checked. */
@RestController
@Tag(name = "Agreements")
class AgreementReviewController {

    /** A step the submitter adds after the kind's chain: its name and either a user or a role. */
    record StepRequest(@NotNull @Size(max = 100) String name, @Size(max = 200) String user,
                       @Size(max = 50) String role) {
    }

    record SubmissionRequest(@Valid @Size(max = 10) List<StepRequest> steps) {
    }

    /** A decision on the current step, about the version of the agreement the approver read. */
    record DecisionRequest(@NotNull Long version, @Size(max = 2000) String comment) {
    }

    private final ReviewingAgreement reviewing;
    private final WaitingReviews waiting;

    AgreementReviewController(ReviewingAgreement reviewing, WaitingReviews waiting) {
        this.reviewing = reviewing;
        this.waiting = waiting;
    }

    @PostMapping("/api/agreements/{id}/review")
    @Operation(summary = "Submit a DRAFT or NEGOTIATION agreement for approval",
            description = "The kind's chain (entente.review.chains), then the steps given here. "
                    + "Emits entente.agreement.review-submitted.v1.")
    ResponseEntity<AgreementView> submit(@PathVariable String id,
                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                         @Validated @RequestBody(required = false) SubmissionRequest request) {
        List<ApprovalStep> added = request == null || request.steps() == null ? List.of()
                : request.steps().stream().map(AgreementReviewController::step).toList();
        return answer(reviewing.submit(id, IfMatch.optionalVersion(ifMatch), added, Caller.current()));
    }

    @PostMapping("/api/agreements/{id}/review/approvals")
    @Operation(summary = "Approve the current step",
            description = "As its user or a holder of its role; not by whoever submitted or last edited the text (403). "
                    + "version is the one read: an older text is a 409. Emits entente.agreement.review-approved.v1.")
    ResponseEntity<AgreementView> approve(@PathVariable String id,
                                          @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @Validated @RequestBody DecisionRequest request) {
        return answer(reviewing.approve(id, IfMatch.optionalVersion(ifMatch), request.version(), request.comment(),
                Caller.current()));
    }

    @PostMapping("/api/agreements/{id}/review/change-requests")
    @Operation(summary = "Send the text back from the current step, saying which changes are needed",
            description = "An edit of the text then restarts the chain. Emits entente.agreement.review-changes-requested.v1.")
    ResponseEntity<AgreementView> requestChanges(@PathVariable String id,
                                                 @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                 @Validated @RequestBody DecisionRequest request) {
        return answer(reviewing.requestChanges(id, IfMatch.optionalVersion(ifMatch), request.version(),
                request.comment(), Caller.current()));
    }

    @PostMapping("/api/agreements/{id}/review/steps")
    @Operation(summary = "Add a step after the chain of the open review (its submitter)",
            description = "Appended after the existing steps, whose decisions stay; a step is never removed. "
                    + "Only the submitter (403 only-the-submitter), only while the review is OPEN (409). "
                    + "Emits entente.agreement.review-step-added.v1.")
    ResponseEntity<AgreementView> addStep(@PathVariable String id,
                                          @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @Validated @RequestBody StepRequest request) {
        return answer(reviewing.addStep(id, IfMatch.optionalVersion(ifMatch), step(request), Caller.current()));
    }

    @PostMapping("/api/agreements/{id}/review/withdrawal")
    @Operation(summary = "Withdraw the review (its submitter)", description = "Emits entente.agreement.review-withdrawn.v1.")
    ResponseEntity<AgreementView> withdraw(@PathVariable String id,
                                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return answer(reviewing.withdraw(id, IfMatch.optionalVersion(ifMatch), Caller.current()));
    }

    @GetMapping("/api/reviews/waiting")
    @Operation(summary = "Agreements waiting for my approval",
            description = "Those whose current step names the caller or one of their roles.")
    List<AgreementView> waitingForMe() {
        return waiting.waitingFor(Caller.current()).stream().map(AgreementView::of).toList();
    }

    private static ResponseEntity<AgreementView> answer(Agreement agreement) {
        return IfMatch.ok(agreement.version(), AgreementView.of(agreement));
    }

    private static ApprovalStep step(StepRequest request) {
        if (request.user() != null && request.role() != null) {
            throw Refusal.invalid("steps[].user", "give either a user or a role, not both");
        }
        return new ApprovalStep(request.name(), request.user(), request.role());
    }
}
