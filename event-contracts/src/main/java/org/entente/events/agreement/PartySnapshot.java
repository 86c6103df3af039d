package org.entente.events.agreement;

/** A party to an agreement as carried in agreement events; the signatory fields are null until known. */
public record PartySnapshot(
        String organizationId,
        String name,
        String country,
        String role,
        String signatoryName,
        String signatoryTitle) {
}
