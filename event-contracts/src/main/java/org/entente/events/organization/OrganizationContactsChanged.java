package org.entente.events.organization;

import java.util.List;

import org.entente.events.contact.ContactSnapshot;

/** Data of {@code entente.organization.contacts-changed.v1}: the organization's contact persons, as they now are. */
public record OrganizationContactsChanged(String organizationId, long version, String name, String country,
                                          List<ContactSnapshot> contacts) {
}
