package org.entente.events.agreement;

import java.time.LocalDate;

/**
 * Data of {@code entente.agreement.renewal-decided.v1}: what was decided for the coming term,
 * {@code RENEW}, {@code LET_EXPIRE} or {@code RENEGOTIATE}, with an optional note.
 */
public record AgreementRenewalDecided(AgreementSnapshot agreement, String decision, String note,
                                      LocalDate noticeDeadline) implements AgreementEvent {
}
