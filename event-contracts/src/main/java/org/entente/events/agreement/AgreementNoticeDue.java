package org.entente.events.agreement;

import java.time.LocalDate;

/**
 * Data of {@code entente.agreement.notice-due.v1}: the renewal notice deadline (expiry minus
 * the notice period) is near, by default 30 and 7 days ahead and on the day ({@code daysBefore}
 * the threshold reached, {@code daysLeft} the exact count, 0 on the day).
 */
public record AgreementNoticeDue(AgreementSnapshot agreement, LocalDate noticeDeadline, int daysBefore, long daysLeft)
        implements AgreementEvent {
}
