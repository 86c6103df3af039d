package org.entente.agreements.agreement;

import org.entente.events.agreement.PartySnapshot;

/**
 * An organization taking part in an agreement, in what role, and who signs for it. The
 * organization's name and country are copied at the time, for lists, filters and events.
 */
public record Party(String organizationId, String organizationName, String country, PartyRole role,
                    Signatory signatory) {

    /** The person who signs (or signed) for the party. */
    public record Signatory(String name, String title) {
    }

    boolean hasSignatory() {
        return signatory != null && signatory.name() != null && !signatory.name().isBlank();
    }

    PartySnapshot snapshot() {
        return new PartySnapshot(organizationId, organizationName, country, role.name(),
                signatory == null ? null : signatory.name(), signatory == null ? null : signatory.title());
    }
}
