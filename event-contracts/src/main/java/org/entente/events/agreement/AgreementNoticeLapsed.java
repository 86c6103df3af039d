package org.entente.events.agreement;

import java.time.LocalDate;

/**
 * Data of {@code entente.agreement.notice-lapsed.v1}: the renewal notice deadline passed with
 * no decision recorded, so the agreement renews or ends by its own terms.
 */
public record AgreementNoticeLapsed(AgreementSnapshot agreement, LocalDate noticeDeadline) implements AgreementEvent {
}
