package org.entente.events.delegation;

/** A member of a delegation (or its leader); the organization is given only when it is in the register. */
public record DelegateSnapshot(String name, String title, String organizationId) {
}
