package org.entente.events.agreement;

/** Data of {@code entente.agreement.review-submitted.v1}: the agreement went to its approval chain. */
public record AgreementReviewSubmitted(AgreementSnapshot agreement, ReviewSnapshot review) implements ReviewEvent {
}
