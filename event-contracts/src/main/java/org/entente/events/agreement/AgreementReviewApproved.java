package org.entente.events.agreement;

/** Data of {@code entente.agreement.review-approved.v1}: one step approved; the review is APPROVED after the last. */
public record AgreementReviewApproved(AgreementSnapshot agreement, ReviewSnapshot review, String step,
                                      String approvedBy, String comment) implements ReviewEvent {
}
