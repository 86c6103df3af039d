package org.entente.agreements.organization;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import org.entente.agreements.contact.Contact;
import org.entente.events.EventCatalog;
import org.entente.events.organization.OrganizationContactsChanged;
import org.entente.events.organization.OrganizationRegistered;
import org.entente.events.organization.OrganizationUpdated;
import org.entente.platform.outbox.Aggregate;
import org.entente.platform.outbox.Change;
import org.entente.platform.outbox.NewEvent;
import org.entente.platform.web.SearchText;

/**
 * A partner organization: a ministry, an agency, a school, an international organization.
 * {@code nameKey} and {@code searchKeys} are derived for the duplicate rule and for search.
 */
public record Organization(
        String id,
        long version,
        String name,
        String acronym,
        String country,
        OrganizationType type,
        String website,
        Map<String, String> names,
        String nameKey,
        List<String> searchKeys,
        Instant createdAt,
        Instant updatedAt,
        /* Token subjects, stamped by the store. */
        String createdBy,
        String updatedBy,
        /* The people to deal with there; null in documents stored before contacts were kept. */
        List<Contact> contacts) implements Aggregate {

    /** What staff enter; the same for registering and for replacing. */
    public record Details(String name, String acronym, String country, OrganizationType type, String website,
                          Map<String, String> names) {
    }

    public static Change<Organization> register(Details details, Instant now) {
        Organization organization = from(UUID.randomUUID().toString(), 1, details, now, now, List.of());
        return new Change<>(organization, List.of(new NewEvent(EventCatalog.ORGANIZATION_REGISTERED, organization.id,
                new OrganizationRegistered(organization.id, organization.version, organization.name,
                        organization.acronym, organization.country, organization.type.name(), organization.website,
                        organization.names))));
    }

    public Change<Organization> replace(Details details, Instant now) {
        Organization replaced = from(id, version + 1, details, createdAt, now, contacts);
        List<String> changed = changedFields(replaced);
        if (changed.isEmpty()) {
            return Change.none(this);
        }
        return new Change<>(replaced, List.of(new NewEvent(EventCatalog.ORGANIZATION_UPDATED, id,
                new OrganizationUpdated(id, replaced.version, changed, replaced.name, replaced.acronym,
                        replaced.country, replaced.type.name(), replaced.website, replaced.names))));
    }

    /** Replaces the contact persons; the same list again changes nothing. */
    public Change<Organization> replaceContacts(List<Contact> newContacts, Instant now) {
        List<Contact> checked = Contact.checked(newContacts);
        if (checked.equals(contacts == null ? List.of() : contacts)) {
            return Change.none(this);
        }
        Organization changed = new Organization(id, version + 1, name, acronym, country, type, website, names, nameKey,
                searchKeys, createdAt, now, createdBy, updatedBy, checked);
        return new Change<>(changed, List.of(new NewEvent(EventCatalog.ORGANIZATION_CONTACTS_CHANGED, id,
                new OrganizationContactsChanged(id, changed.version, name, country, Contact.snapshots(checked)))));
    }

    private List<String> changedFields(Organization other) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(name, other.name)) changed.add("name");
        if (!Objects.equals(acronym, other.acronym)) changed.add("acronym");
        if (!Objects.equals(country, other.country)) changed.add("country");
        if (type != other.type) changed.add("type");
        if (!Objects.equals(website, other.website)) changed.add("website");
        if (!Objects.equals(names, other.names)) changed.add("names");
        return changed;
    }

    private static Organization from(String id, long version, Details details, Instant createdAt, Instant updatedAt,
                                     List<Contact> contacts) {
        Map<String, String> names = details.names() == null ? Map.of() : new TreeMap<>(details.names());
        List<String> searchKeys = Stream.concat(Stream.of(details.name(), details.acronym()), names.values().stream())
                .filter(Objects::nonNull).map(SearchText::normalize).distinct().toList();
        return new Organization(id, version, details.name().trim(), blankToNull(details.acronym()), details.country(),
                details.type(), blankToNull(details.website()), names, SearchText.normalize(details.name()), searchKeys,
                createdAt, updatedAt, null, null, contacts);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
