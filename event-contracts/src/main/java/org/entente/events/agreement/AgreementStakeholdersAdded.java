package org.entente.events.agreement;

import java.util.List;

import org.entente.events.contact.ContactSnapshot;

/**
 * Data of {@code entente.agreement.stakeholders-added.v1}: the agreement's focal points are to
 * follow it. notify-service subscribes each (by e-mail, in their language) once, whoever
 * already follows it.
 */
public record AgreementStakeholdersAdded(AgreementSnapshot agreement, List<ContactSnapshot> stakeholders)
        implements AgreementEvent {
}
