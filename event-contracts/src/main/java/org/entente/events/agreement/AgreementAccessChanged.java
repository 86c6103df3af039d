package org.entente.events.agreement;

/**
 * Data of {@code entente.agreement.access-changed.v1}: the access list of a restricted
 * agreement changed; the snapshot carries the new list, and {@code previous} the old one.
 */
public record AgreementAccessChanged(AgreementSnapshot agreement, AccessSnapshot previous) implements AgreementEvent {
}
