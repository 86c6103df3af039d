package org.entente.events.organization;

import java.util.Map;

/** Data of {@code entente.organization.registered.v1}: a partner organization entered the register. */
public record OrganizationRegistered(
        String organizationId,
        long version,
        String name,
        String acronym,
        String country,
        String type,
        String website,
        Map<String, String> names) {
}
