package org.entente.events.agreement;

import java.time.LocalDate;

/** Data of {@code entente.agreement.status-changed.v1}: a move in the lifecycle, from and to. */
public record AgreementStatusChanged(AgreementSnapshot agreement, String from, String to, LocalDate on, String reason)
        implements AgreementEvent {
}
