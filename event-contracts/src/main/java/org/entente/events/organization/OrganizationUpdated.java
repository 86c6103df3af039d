package org.entente.events.organization;

import java.util.List;
import java.util.Map;

/** Data of {@code entente.organization.updated.v1}: the organization as it now is, and which fields changed. */
public record OrganizationUpdated(
        String organizationId,
        long version,
        List<String> changedFields,
        String name,
        String acronym,
        String country,
        String type,
        String website,
        Map<String, String> names) {
}
