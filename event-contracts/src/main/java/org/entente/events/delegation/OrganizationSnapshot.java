package org.entente.events.delegation;

/** The host or visiting organization of a delegation, with its name and country as they were at the time. */
public record OrganizationSnapshot(String organizationId, String name, String country) {
}
