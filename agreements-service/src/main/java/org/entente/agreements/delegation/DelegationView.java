package org.entente.agreements.delegation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A delegation as the API shows it; the aggregate may change shape without the API noticing. */
public record DelegationView(
        String id,
        long version,
        String agreementId,
        DelegationDirection direction,
        OrganizationRef hostOrganization,
        OrganizationRef visitingOrganization,
        Delegate leader,
        List<Delegate> members,
        LocalDate startDate,
        LocalDate endDate,
        String city,
        String country,
        String purpose,
        List<AgendaItem> agenda,
        String outcomes,
        DelegationStatus status,
        /* Where the visit may move from its status (POST /status): from the lifecycle the service enforces. */
        Set<DelegationStatus> allowedStatuses,
        String statusReason,
        Instant createdAt,
        Instant updatedAt,
        String createdBy,
        String updatedBy) {

    public static DelegationView of(Delegation delegation) {
        return new DelegationView(delegation.id(), delegation.version(), delegation.agreementId(),
                delegation.direction(), delegation.hostOrganization(), delegation.visitingOrganization(),
                delegation.leader(), delegation.members(), delegation.startDate(), delegation.endDate(),
                delegation.city(), delegation.country(), delegation.purpose(), delegation.agenda(),
                delegation.outcomes(), delegation.status(), delegation.status().next(), delegation.statusReason(),
                delegation.createdAt(), delegation.updatedAt(), delegation.createdBy(), delegation.updatedBy());
    }
}
