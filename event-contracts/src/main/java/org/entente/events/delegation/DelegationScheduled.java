package org.entente.events.delegation;

import java.time.LocalDate;
import java.util.List;

/** Data of {@code entente.delegation.scheduled.v1}: a visit was logged, with its whole state. */
public record DelegationScheduled(
        String delegationId,
        long version,
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
