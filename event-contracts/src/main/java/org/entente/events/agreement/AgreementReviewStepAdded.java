package org.entente.events.agreement;

/**
 * Data of {@code entente.agreement.review-step-added.v1}: the submitter added {@code step} at the end of
 * the open review's chain. Not a {@link ReviewEvent}: the step waiting is the same, so its approver is not
 * told again; the added step's approver hears of it when their turn comes.
 */
public record AgreementReviewStepAdded(AgreementSnapshot agreement, ReviewSnapshot review, String step,
                                       String addedBy) implements AgreementEvent {
}
