package org.entente.events.agreement;

import java.util.List;

/** Data of {@code entente.agreement.review-restarted.v1}: the text changed during review; every step waits again. */
public record AgreementReviewRestarted(AgreementSnapshot agreement, ReviewSnapshot review, List<String> changedFields)
        implements ReviewEvent {
}
