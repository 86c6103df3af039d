package org.entente.agreements.agreement;

import java.time.Clock;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.entente.platform.outbox.AggregateStore;
import org.entente.platform.security.Caller;
import org.entente.platform.web.IfMatch;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The renewal notice of an agreement: the decision for the coming term, and its own reminders. Both need If-Match. */
@RestController
@RequestMapping("/api/agreements/{id}/renewal-notice")
@Tag(name = "Agreements")
class RenewalNoticeController {

    record DecisionRequest(@NotNull RenewalNotice.Choice decision, @Size(max = 2000) String note) {
    }

    /** Days before the notice deadline; null follows the settings again. */
    record RemindersRequest(@Size(max = RenewalNotice.MOST_REMINDERS) List<Integer> daysBefore) {
    }

    private final AggregateStore<Agreement> agreements;
    private final Clock clock;

    RenewalNoticeController(AggregateStore<Agreement> agreements, Clock clock) {
        this.agreements = agreements;
        this.clock = clock;
    }

    @PutMapping("/decision")
    @Operation(summary = "Record what is decided for the coming term",
            description = "RENEW, LET_EXPIRE or RENEGOTIATE, with a note; a new decision replaces the last. Stops the "
                    + "notice reminders. Emits entente.agreement.renewal-decided.v1.")
    ResponseEntity<AgreementView> decide(@PathVariable String id,
                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                         @Validated @RequestBody DecisionRequest request) {
        Agreement agreement = agreements.change(id, IfMatch.version(ifMatch), current -> current.decideRenewal(
                request.decision(), request.note(), Caller.current().subject(), clock.instant()));
        return IfMatch.ok(agreement.version(), AgreementView.of(agreement));
    }

    @PutMapping("/reminders")
    @Operation(summary = "Set the agreement's own notice reminders",
            description = "Days before the notice deadline (0 is the day itself) at which "
                    + "entente.agreement.notice-due.v1 is announced; null follows the settings "
                    + "(entente.expiry.notice-reminder-days). Emits entente.agreement.updated.v1.")
    ResponseEntity<AgreementView> remind(@PathVariable String id,
                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                         @Validated @RequestBody RemindersRequest request) {
        Agreement agreement = agreements.change(id, IfMatch.version(ifMatch),
                current -> current.remindNoticeAt(request.daysBefore(), clock.instant()));
        return IfMatch.ok(agreement.version(), AgreementView.of(agreement));
    }
}
