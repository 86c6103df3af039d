package org.entente.agreements.contact;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The whole list of an organization's or an agreement's contacts, replacing the one before. */
public record ContactsRequest(@NotNull @Size(max = Contact.MOST) List<@Valid @NotNull ContactRequest> contacts) {

    public record ContactRequest(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 200) String function,
            @Email @Size(max = 254) String email,
            @Size(max = 40) @Pattern(regexp = "\\+?[0-9 ().-]{3,40}", message = "must be a phone number: digits, "
                    + "spaces, ( ) . - and an optional leading +") String phone,
            @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code such as fr, en or kk") String language,
            @NotNull ContactRole role) {

        Contact contact() {
            return new Contact(name, function, email, phone, language, role);
        }
    }

    public List<Contact> toContacts() {
        return contacts.stream().map(ContactRequest::contact).toList();
    }
}
