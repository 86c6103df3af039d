package org.entente.agreements.delegation;

import org.entente.agreements.organization.Organization;
import org.entente.events.delegation.OrganizationSnapshot;

/**
 * A registered organization as a delegation remembers it: its name and country are copied
 * when the delegation is scheduled or replaced, so events and lists need no second read.
 */
public record OrganizationRef(String organizationId, String name, String country) {

    static OrganizationRef of(Organization organization) {
        return new OrganizationRef(organization.id(), organization.name(), organization.country());
    }

    OrganizationSnapshot snapshot() {
        return new OrganizationSnapshot(organizationId, name, country);
    }
}
