package org.entente.agreements.organization;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.entente.agreements.contact.Contact;

/** An organization as the API shows it, without the keys derived for the duplicate rule and search. */
public record OrganizationView(
        String id,
        long version,
        String name,
        String acronym,
        String country,
        OrganizationType type,
        String website,
        Map<String, String> names,
        Instant createdAt,
        Instant updatedAt,
        String createdBy,
        String updatedBy,
        List<Contact> contacts) {

    public static OrganizationView of(Organization organization) {
        return new OrganizationView(organization.id(), organization.version(), organization.name(),
                organization.acronym(), organization.country(), organization.type(), organization.website(),
                organization.names(), organization.createdAt(), organization.updatedAt(), organization.createdBy(),
                organization.updatedBy(), organization.contacts() == null ? List.of() : organization.contacts());
    }
}
