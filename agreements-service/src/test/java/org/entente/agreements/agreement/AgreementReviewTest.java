package org.entente.agreements.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.agreements.agreement.review.ApprovalStep;
import org.entente.agreements.agreement.review.Review;
import org.entente.events.EventCatalog;
import org.entente.platform.domain.Refusal;
import org.entente.platform.outbox.Change;
import org.entente.platform.outbox.NewEvent;
import org.entente.platform.security.Caller;
import org.entente.platform.security.Role;
import org.junit.jupiter.api.Test;

/** The review as the agreement carries it: signing waits for it, an edit before signature restarts it. */
class AgreementReviewTest {

    static final LocalDate TODAY = LocalDate.of(2025, 11, 20);
    static final Instant NOW = Instant.parse("2025-11-20T09:00:00Z");
    static final List<ApprovalStep> CHAIN = List.of(new ApprovalStep("legal", "lea", null),
            new ApprovalStep("director", "daniel", null));
    static final Caller LEA = new Caller("lea", "Léa Rousseau", Set.of(Role.APPROVER));
    static final Caller DANIEL = new Caller("daniel", "Daniel Moreau", Set.of(Role.APPROVER));

    @Test
    void signingWaitsForTheWholeChainThenSucceeds() {
        Agreement submitted = negotiating().submitForReview(CHAIN, List.of(), "claire", NOW).aggregate();
        assertThatThrownBy(() -> submitted.sign(TODAY, "Paris", CHAIN, TODAY, NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal ->
                        assertThat(refusal.reason()).isEqualTo(Refusal.Reason.MISSING_DETAIL));

        Agreement legal = submitted.approveStep(LEA, submitted.version(), null, NOW).aggregate();
        Agreement both = legal.approveStep(DANIEL, legal.version(), null, NOW).aggregate();

        assertThat(both.sign(TODAY, "Paris", CHAIN, TODAY, NOW).aggregate().status()).isEqualTo(AgreementStatus.SIGNED);
    }

    @Test
    void anEditUnderReviewRestartsTheChainAndSaysSo() {
        Agreement submitted = negotiating().submitForReview(CHAIN, List.of(), "claire", NOW).aggregate();
        Agreement legal = submitted.approveStep(LEA, submitted.version(), null, NOW).aggregate();

        Change<Agreement> edited = legal.edit(withSummary(legal, "Funded by the INSP"), NOW, "claire");

        assertThat(edited.events()).extracting(NewEvent::type)
                .containsExactly(EventCatalog.AGREEMENT_UPDATED, EventCatalog.AGREEMENT_REVIEW_RESTARTED);
        assertThat(edited.aggregate().review().currentStep().orElseThrow().step().name()).isEqualTo("legal");
        assertThat(edited.aggregate().review().textVersion()).isEqualTo(edited.aggregate().version());
    }

    @Test
    void anEditAfterSignatureLeavesTheApprovedReviewAlone() {
        Agreement submitted = negotiating().submitForReview(CHAIN, List.of(), "claire", NOW).aggregate();
        Agreement legal = submitted.approveStep(LEA, submitted.version(), null, NOW).aggregate();
        Agreement signed = legal.approveStep(DANIEL, legal.version(), null, NOW).aggregate()
                .sign(TODAY, "Paris", CHAIN, TODAY, NOW).aggregate();

        Change<Agreement> edited = signed.edit(withSummary(signed, "Corrected summary"), NOW, "claire");

        assertThat(edited.events()).extracting(NewEvent::type).containsExactly(EventCatalog.AGREEMENT_UPDATED);
        assertThat(edited.aggregate().review().status()).isEqualTo(Review.Status.APPROVED);
    }

    @Test
    void onlyAnAgreementNotYetSignedIsSubmitted() {
        Agreement signed = negotiating().sign(TODAY, "Paris", TODAY, NOW).aggregate();

        assertThatThrownBy(() -> signed.submitForReview(CHAIN, List.of(), "claire", NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal ->
                        assertThat(refusal.reason()).isEqualTo(Refusal.Reason.FORBIDDEN_MOVE));
    }

    private static Agreement negotiating() {
        Agreement.Details details = new Agreement.Details("INSP-KZ-2025-01", AgreementKind.MOU,
                Map.of("fr", "Mémorandum", "en", "Memorandum"), null, List.of(),
                List.of(party("org-1", "Maryvonne Le Brignonnen"), party("org-2", "Darkhan Zhazykbay")),
                null, null, null, null, null, null, null);
        return Agreement.register(details, NOW, "claire").aggregate().startNegotiation(null, TODAY, NOW).aggregate();
    }

    private static Party party(String organizationId, String signatory) {
        return new Party(organizationId, "Organization " + organizationId, "FR", PartyRole.SIGNATORY,
                new Party.Signatory(signatory, "Director"));
    }

    private static Agreement.Details withSummary(Agreement agreement, String summary) {
        Agreement.Details d = agreement.details();
        return new Agreement.Details(d.code(), d.kind(), d.title(), summary, d.themes(), d.parties(), d.signedOn(),
                d.signedAt(), d.effectiveFrom(), d.expiresOn(), d.renewalNoticeDays(), d.confidentiality(),
                d.responsible());
    }
}
