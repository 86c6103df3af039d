package org.entente.events.agreement;

import java.util.List;

import org.entente.events.contact.ContactSnapshot;

/** Data of {@code entente.agreement.contacts-changed.v1}: the agreement's contact persons, as they now are. */
public record AgreementContactsChanged(AgreementSnapshot agreement, List<ContactSnapshot> contacts)
        implements AgreementEvent {
}
