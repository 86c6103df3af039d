package org.entente.events.agreement;

/** Data of every review event: the agreement, and its review as it now is (whose step waits, if any). */
public interface ReviewEvent extends AgreementEvent {

    ReviewSnapshot review();
}
