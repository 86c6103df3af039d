package org.entente.events.agreement;

/** A party to an agreement, as carried in agreement events. */
public record PartySnapshot(String organizationId, String name, String country, String role) {
}
