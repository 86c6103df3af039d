package org.entente.events.agreement;

/** Data of {@code entente.agreement.expiring.v1}: the expiry date is near (90, 30 or 7 days ahead). */
public record AgreementExpiring(AgreementSnapshot agreement, int daysBefore, long daysLeft) implements AgreementEvent {
}
