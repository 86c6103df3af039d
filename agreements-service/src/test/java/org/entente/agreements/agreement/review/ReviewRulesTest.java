package org.entente.agreements.agreement.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.entente.platform.domain.Refusal;
import org.entente.platform.security.Role;
import org.junit.jupiter.api.Test;

/** The approval rules, without Spring or MongoDB: given a chain, when people decide, then the review says. */
class ReviewRulesTest {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final List<ApprovalStep> MOU_CHAIN = List.of(new ApprovalStep("legal", "lea", null),
            new ApprovalStep("director", "daniel", null));
    static final Set<Role> APPROVER = Set.of(Role.APPROVER);

    Review submitted = Review.submit(MOU_CHAIN, List.of(), "claire", "claire", 4, NOW, null);

    @Test
    void theChainIsCompleteOnceEveryStepApprovedInOrder() {
        Review legal = submitted.approve("lea", APPROVER, 4, "fine", NOW);
        assertThat(legal.status()).isEqualTo(Review.Status.OPEN);
        assertThat(legal.currentStep().orElseThrow().step().name()).isEqualTo("director");

        Review both = legal.approve("daniel", APPROVER, 5, null, NOW);

        assertThat(both.status()).isEqualTo(Review.Status.APPROVED);
        assertThat(both.currentStep()).isEmpty();
        assertThatCode(() -> Review.checkSigning(both, MOU_CHAIN)).doesNotThrowAnyException();
    }

    @Test
    void anEditRestartsTheChainOnTheNewVersion() {
        Review sentBack = submitted.approve("lea", APPROVER, 4, null, NOW)
                .requestChanges("daniel", APPROVER, 5, "Article 3 is too vague", NOW);
        assertThat(sentBack.status()).isEqualTo(Review.Status.CHANGES_REQUESTED);

        Review restarted = sentBack.restartedAfterEdit("claire", 7);

        assertThat(restarted.status()).isEqualTo(Review.Status.OPEN);
        assertThat(restarted.textVersion()).isEqualTo(7);
        assertThat(restarted.steps()).allMatch(step -> step.decision() == ReviewStep.Decision.PENDING);
        assertThat(restarted.currentStep().orElseThrow().step().name()).isEqualTo("legal");
    }

    @Test
    void theSubmitterAddsAStepAfterTheChainAndTheDecisionsTakenStay() {
        Review legal = submitted.approve("lea", APPROVER, 4, "fine", NOW);

        Review longer = legal.addStep(new ApprovalStep("finance", null, "APPROVER"), "claire");

        assertThat(longer.steps()).extracting(step -> step.step().name()).containsExactly("legal", "director", "finance");
        assertThat(longer.steps().get(0).decision()).isEqualTo(ReviewStep.Decision.APPROVED);
        assertThat(longer.steps().get(2).addedBySubmitter()).isTrue();
        assertThat(longer.textVersion()).as("the text under review is the same").isEqualTo(4);
        assertThat(longer.currentStep().orElseThrow().step().name()).isEqualTo("director");
        Review director = longer.approve("daniel", APPROVER, 5, null, NOW);
        assertThat(director.status()).as("the added step still waits").isEqualTo(Review.Status.OPEN);
        assertThatThrownBy(() -> Review.checkSigning(director, MOU_CHAIN))
                .isInstanceOfSatisfying(Refusal.class, refusal ->
                        assertThat(refusal.properties().get("missing")).asList().containsExactly("approval: finance (role APPROVER)"));
    }

    @Test
    void onlyTheSubmitterAddsAStep() {
        assertThatThrownBy(() -> submitted.addStep(new ApprovalStep("finance", "marc", null), "lea"))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.reason()).isEqualTo(Refusal.Reason.NOT_PERMITTED);
                    assertThat(refusal.properties()).containsEntry("rule", Review.ONLY_THE_SUBMITTER);
                });
    }

    @Test
    void aStepIsAddedOnlyWhileTheReviewIsOpen() {
        Review sentBack = submitted.requestChanges("lea", APPROVER, 4, "Article 3", NOW);
        Review approved = submitted.approve("lea", APPROVER, 4, null, NOW).approve("daniel", APPROVER, 4, null, NOW);
        Review withdrawn = submitted.withdraw("claire", false);

        for (Review closed : List.of(sentBack, approved, withdrawn)) {
            assertThatThrownBy(() -> closed.addStep(new ApprovalStep("finance", "marc", null), "claire"))
                    .as(closed.status().name())
                    .isInstanceOfSatisfying(Refusal.class, refusal ->
                            assertThat(refusal.reason()).isEqualTo(Refusal.Reason.CONFLICT));
        }
    }

    @Test
    void anAddedStepHasANameOfItsOwn() {
        assertThatThrownBy(() -> submitted.addStep(new ApprovalStep("legal", "marc", null), "claire"))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.reason()).isEqualTo(Refusal.Reason.INVALID_DETAIL);
                    assertThat(refusal.properties().get("errors")).asList()
                            .containsExactly(new Refusal.FieldError("name", "the chain has a step named legal already"));
                });
    }

    @Test
    void approvingAnOlderVersionThanTheCurrentTextIsAConflict() {
        Review restarted = submitted.restartedAfterEdit("claire", 9);

        assertThatThrownBy(() -> restarted.approve("lea", APPROVER, 8, null, NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal ->
                        assertThat(refusal.reason()).isEqualTo(Refusal.Reason.CONFLICT));
    }

    @Test
    void whoeverSubmittedCannotApprove() {
        Review byTheApprover = Review.submit(List.of(new ApprovalStep("legal", null, "APPROVER")), List.of(),
                "lea", "claire", 4, NOW, null);

        assertThatThrownBy(() -> byTheApprover.approve("lea", APPROVER, 4, null, NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.reason()).isEqualTo(Refusal.Reason.NOT_PERMITTED);
                    assertThat(refusal.properties()).containsEntry("rule", Review.SEPARATION_OF_DUTIES);
                });
    }

    @Test
    void whoeverLastEditedTheTextCannotApprove() {
        Review editedByLea = submitted.restartedAfterEdit("lea", 6);

        assertThatThrownBy(() -> editedByLea.approve("lea", APPROVER, 6, null, NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal ->
                        assertThat(refusal.properties()).containsEntry("rule", Review.SEPARATION_OF_DUTIES));
    }

    @Test
    void aStepIsApprovedOnlyByItsApprover() {
        assertThatThrownBy(() -> submitted.approve("daniel", APPROVER, 4, null, NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.reason()).isEqualTo(Refusal.Reason.NOT_PERMITTED);
                    assertThat(refusal.properties()).containsEntry("rule", Review.NOT_YOUR_STEP);
                });
    }

    @Test
    void aStepNamingARoleIsApprovedByAnyHolderOfIt() {
        Review byRole = Review.submit(List.of(new ApprovalStep("finance", null, "APPROVER")), List.of(),
                "claire", "claire", 2, NOW, null);

        assertThat(byRole.approve("someone", APPROVER, 2, null, NOW).status()).isEqualTo(Review.Status.APPROVED);
        assertThatThrownBy(() -> byRole.approve("marc", Set.of(Role.MANAGER), 2, null, NOW))
                .isInstanceOf(Refusal.class);
    }

    @Test
    void theSubmitterAddsStepsAfterTheChainButCannotRemoveAny() {
        Review withFinance = Review.submit(MOU_CHAIN, List.of(new ApprovalStep("finance", "fatima", null)),
                "claire", "claire", 4, NOW, null);

        assertThat(withFinance.steps()).extracting(step -> step.step().name())
                .containsExactly("legal", "director", "finance");
        assertThat(withFinance.steps().get(2).addedBySubmitter()).isTrue();
    }

    @Test
    void requestingChangesNeedsAComment() {
        assertThatThrownBy(() -> submitted.requestChanges("lea", APPROVER, 4, " ", NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal ->
                        assertThat(refusal.reason()).isEqualTo(Refusal.Reason.MISSING_DETAIL));
    }

    @Test
    void onlyTheSubmitterWithdrawsAndAWithdrawnReviewTakesNoDecision() {
        assertThatThrownBy(() -> submitted.withdraw("lea", false))
                .isInstanceOfSatisfying(Refusal.class, refusal ->
                        assertThat(refusal.properties()).containsEntry("rule", Review.ONLY_THE_SUBMITTER));

        Review withdrawn = submitted.withdraw("claire", false);

        assertThat(withdrawn.status()).isEqualTo(Review.Status.WITHDRAWN);
        assertThat(withdrawn.restartsOnEdit()).isFalse();
        assertThatThrownBy(() -> withdrawn.approve("lea", APPROVER, 4, null, NOW)).isInstanceOf(Refusal.class);
    }

    @Test
    void signingIsRefusedNamingEveryMissingApproval() {
        Review legalOnly = submitted.approve("lea", APPROVER, 4, null, NOW);

        assertThatThrownBy(() -> Review.checkSigning(legalOnly, MOU_CHAIN))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.reason()).isEqualTo(Refusal.Reason.MISSING_DETAIL);
                    assertThat(refusal.getMessage()).contains("director (user daniel)").doesNotContain("legal");
                });
        assertThatThrownBy(() -> Review.checkSigning(null, MOU_CHAIN))
                .isInstanceOfSatisfying(Refusal.class, refusal ->
                        assertThat(refusal.getMessage()).contains("legal (user lea)", "director (user daniel)"));
        assertThatThrownBy(() -> Review.checkSigning(submitted.withdraw("claire", false), MOU_CHAIN))
                .isInstanceOf(Refusal.class);
    }

    @Test
    void aKindWithoutAChainIsSignedWithoutApproval() {
        assertThatCode(() -> Review.checkSigning(null, List.of())).doesNotThrowAnyException();
    }

    @Test
    void aSecondReviewWaitsUntilTheFirstIsWithdrawn() {
        assertThatThrownBy(() -> Review.submit(MOU_CHAIN, List.of(), "claire", "claire", 5, NOW, submitted))
                .isInstanceOf(Refusal.class);
        assertThat(Review.submit(MOU_CHAIN, List.of(), "claire", "claire", 6, NOW, submitted.withdraw("claire", false))
                .status()).isEqualTo(Review.Status.OPEN);
    }
}
