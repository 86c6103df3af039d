package org.entente.events.delegation;

import java.time.LocalDate;
import java.util.List;

/** Data of {@code entente.delegation.updated.v1}: the visit as it now is, and which fields changed. */
public record DelegationUpdated(
        String delegationId,
        long version,
        List<String> changedFields,
        String agreementId,
        String direction,
        String status,
        OrganizationSnapshot hostOrganization,
        OrganizationSnapshot visitingOrganization,
        DelegateSnapshot leader,
        List<DelegateSnapshot> members,
        LocalDate startDate,
        LocalDate endDate,
        String city,
        String country,
        String purpose,
        List<AgendaItemSnapshot> agenda,
        String outcomes) {
}
