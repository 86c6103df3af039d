package org.entente.events.agreement;

/** Data of {@code entente.agreement.review-withdrawn.v1}: the submitter took the agreement out of review. */
public record AgreementReviewWithdrawn(AgreementSnapshot agreement, ReviewSnapshot review, String withdrawnBy)
        implements ReviewEvent {
}
