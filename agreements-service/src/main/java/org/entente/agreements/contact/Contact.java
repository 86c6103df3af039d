package org.entente.agreements.contact;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.entente.events.contact.ContactSnapshot;
import org.entente.platform.domain.Refusal;

/**
 * A person to deal with at a partner organization or on an agreement: name, function, e-mail,
 * phone, the language they read (two letters) and their role.
 */
public record Contact(String name, String function, String email, String phone, String language, ContactRole role) {

    /** The most contacts an organization or an agreement keeps. */
    public static final int MOST = 20;

    public boolean isFocalPoint() {
        return role == ContactRole.FOCAL_POINT;
    }

    public ContactSnapshot snapshot() {
        return new ContactSnapshot(name, function, email, phone, language, role.name());
    }

    /**
     * The rules across a list (each field's shape is checked on the request): a focal point has an
     * e-mail, to be made a stakeholder by it; an e-mail names one contact only. Returns the list
     * as kept: names trimmed, e-mails in lower case.
     */
    public static List<Contact> checked(List<Contact> contacts) {
        List<Refusal.FieldError> errors = new ArrayList<>();
        Set<String> emails = new HashSet<>();
        List<Contact> kept = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            Contact contact = contacts.get(i).normalized();
            if (contact.isFocalPoint() && contact.email() == null) {
                errors.add(new Refusal.FieldError("contacts[" + i + "].email", "a focal point needs an e-mail address"));
            }
            if (contact.email() != null && !emails.add(contact.email())) {
                errors.add(new Refusal.FieldError("contacts[" + i + "].email", "another contact has this e-mail address"));
            }
            kept.add(contact);
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        return List.copyOf(kept);
    }

    public static List<ContactSnapshot> snapshots(List<Contact> contacts) {
        return contacts == null ? List.of() : contacts.stream().map(Contact::snapshot).toList();
    }

    private Contact normalized() {
        return new Contact(name.trim(), blankToNull(function), email == null || email.isBlank() ? null
                : email.trim().toLowerCase(Locale.ROOT), blankToNull(phone), language, role);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
