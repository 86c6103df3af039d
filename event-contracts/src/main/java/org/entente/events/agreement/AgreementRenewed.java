package org.entente.events.agreement;

import java.time.LocalDate;

/** Data of {@code entente.agreement.renewed.v1}: the expiry moved; an expired agreement is active again. */
public record AgreementRenewed(AgreementSnapshot agreement, LocalDate previousExpiresOn, LocalDate expiresOn,
                               String previousStatus, String note) implements AgreementEvent {
}
