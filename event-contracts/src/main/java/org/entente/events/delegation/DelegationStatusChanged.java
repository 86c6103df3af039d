package org.entente.events.delegation;

import java.time.LocalDate;

/**
 * Data of {@code entente.delegation.status-changed.v1}: a visit was confirmed, completed or
 * cancelled. Carries what a notification needs to say so without reading anything else.
 */
public record DelegationStatusChanged(
        String delegationId,
        long version,
        String agreementId,
        String from,
        String to,
        String reason,
        String direction,
        OrganizationSnapshot hostOrganization,
        OrganizationSnapshot visitingOrganization,
        String city,
        String country,
        LocalDate startDate,
        LocalDate endDate) {
}
