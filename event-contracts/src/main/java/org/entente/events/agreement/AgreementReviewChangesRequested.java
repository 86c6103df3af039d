package org.entente.events.agreement;

/** Data of {@code entente.agreement.review-changes-requested.v1}: a step sent the text back, saying why. */
public record AgreementReviewChangesRequested(AgreementSnapshot agreement, ReviewSnapshot review, String step,
                                              String requestedBy, String comment) implements ReviewEvent {
}
