package org.entente.agreements.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.entente.platform.domain.Refusal;
import org.junit.jupiter.api.Test;

/** The rules across a list of contacts, with no Spring. */
class ContactRulesTest {

    @Test
    void aFocalPointNeedsAnEmail() {
        List<Contact> contacts = List.of(new Contact("Aigul Serikbayeva", null, null, "+7 7172 00 00 00", "en",
                ContactRole.FOCAL_POINT));

        assertThatThrownBy(() -> Contact.checked(contacts)).isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.reason()).isEqualTo(Refusal.Reason.INVALID_DETAIL);
            assertThat(refusal.getMessage()).isEqualTo("contacts[0].email: a focal point needs an e-mail address");
        });
    }

    @Test
    void anEmailNamesOneContactOnlyWhateverItsCase() {
        List<Contact> contacts = List.of(
                new Contact("Jean Dupont", "Legal adviser", "jean.dupont@example.org", null, "fr", ContactRole.LEGAL),
                new Contact("J. Dupont", "Finance", "Jean.Dupont@Example.org", null, "fr", ContactRole.FINANCE));

        assertThatThrownBy(() -> Contact.checked(contacts)).isInstanceOfSatisfying(Refusal.class, refusal ->
                assertThat(refusal.getMessage()).isEqualTo("contacts[1].email: another contact has this e-mail address"));
    }

    @Test
    void contactsAreKeptTrimmedWithEmailsInLowerCaseAndBlanksAsNothing() {
        List<Contact> kept = Contact.checked(List.of(
                new Contact("  Aigul Serikbayeva ", " ", "A.Serikbayeva@Example.kz", "", "kk", ContactRole.FOCAL_POINT)));

        assertThat(kept).containsExactly(
                new Contact("Aigul Serikbayeva", null, "a.serikbayeva@example.kz", null, "kk", ContactRole.FOCAL_POINT));
    }

    @Test
    void aSignatoryMayHaveNoEmail() {
        assertThat(Contact.checked(List.of(new Contact("Darkhan Zhazykbay", "Chairman", null, null, null,
                ContactRole.SIGNATORY)))).hasSize(1);
    }
}
