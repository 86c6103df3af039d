package org.entente.events.agreement;

/** Data of {@code entente.agreement.created.v1}: an agreement was registered. */
public record AgreementCreated(AgreementSnapshot agreement) implements AgreementEvent {
}
