package org.entente.console.delegation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A visit as agreements-service answers it. */
public record Delegation(
        String id,
        long version,
        String agreementId,
        String direction,
        OrganizationRef hostOrganization,
        OrganizationRef visitingOrganization,
        Person leader,
        List<Person> members,
        LocalDate startDate,
        LocalDate endDate,
        String city,
        String country,
        String purpose,
        /* Kept as the service sent them: the console does not edit them, and sends them back on a replace. */
        List<Map<String, Object>> agenda,
        String outcomes,
        String status,
        /* Where the visit may move from its status, as agreements-service's lifecycle says. */
        List<String> allowedStatuses,
        String statusReason,
        String updatedBy) {

    public record OrganizationRef(String organizationId, String name, String country) {
    }

    public record Person(String name, String title, String organizationId) {
    }

    public List<Person> members() {
        return members == null ? List.of() : members;
    }

    public List<String> allowedStatuses() {
        return allowedStatuses == null ? List.of() : allowedStatuses;
    }
}
