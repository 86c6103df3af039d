package org.entente.console.delegation;

import java.time.LocalDate;
import java.util.List;

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
        String status) {

    public record OrganizationRef(String organizationId, String name, String country) {
    }

    public record Person(String name, String title, String organizationId) {
    }

    public List<Person> members() {
        return members == null ? List.of() : members;
    }
}
