package org.entente.agreements.agreement;

import org.entente.events.agreement.PartySnapshot;

/** An organization taking part in an agreement, and in what role. */
public record Party(String organizationId, String name, String country, PartyRole role) {

    PartySnapshot snapshot() {
        return new PartySnapshot(organizationId, name, country, role.name());
    }
}
