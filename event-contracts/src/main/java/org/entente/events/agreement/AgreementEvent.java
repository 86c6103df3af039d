package org.entente.events.agreement;

/** Data of every agreement event: what happened, and the agreement as it now is. */
public interface AgreementEvent {

    AgreementSnapshot agreement();
}
