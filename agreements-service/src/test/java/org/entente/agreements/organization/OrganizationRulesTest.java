package org.entente.agreements.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.entente.events.EventCatalog;
import org.entente.events.organization.OrganizationUpdated;
import org.entente.platform.outbox.Change;
import org.junit.jupiter.api.Test;

/** An organization's rules on their own: no broker, no database, no HTTP. */
class OrganizationRulesTest {

    private static final Instant NOW = Instant.parse("2025-11-01T09:00:00Z");

    @Test
    void registeringAnnouncesTheOrganization() {
        Change<Organization> registered = Organization.register(details("INSP", "FR"), NOW);

        assertThat(registered.aggregate().version()).isEqualTo(1);
        assertThat(registered.events()).singleElement().satisfies(event ->
                assertThat(event.type()).isEqualTo(EventCatalog.ORGANIZATION_REGISTERED));
    }

    @Test
    void theNameIsKeptTrimmedAndABlankAcronymOrWebsiteIsNone() {
        Organization organization = Organization.register(new Organization.Details("  Expertise France ", " ", "FR",
                OrganizationType.DEVELOPMENT_AGENCY, "", null), NOW).aggregate();

        assertThat(organization.name()).isEqualTo("Expertise France");
        assertThat(organization.acronym()).isNull();
        assertThat(organization.website()).isNull();
        assertThat(organization.names()).isEmpty();
    }

    @Test
    void theDuplicateKeyIgnoresCaseAndAccents() {
        Organization accented = Organization.register(details("École polytechnique", "FR"), NOW).aggregate();
        Organization plain = Organization.register(details("ECOLE POLYTECHNIQUE", "FR"), NOW).aggregate();

        assertThat(accented.nameKey()).isEqualTo(plain.nameKey());
    }

    @Test
    void itIsFoundByItsNameAcronymAndOtherNames() {
        Organization organization = Organization.register(new Organization.Details("Institut national du service public",
                "INSP", "FR", OrganizationType.SCHOOL_OR_ACADEMY, null,
                Map.of("en", "National Institute of Public Service")), NOW).aggregate();

        assertThat(organization.searchKeys()).hasSize(3).anySatisfy(key -> assertThat(key).contains("national institute"));
    }

    @Test
    void aReplacementThatChangesNothingCausesNoEvent() {
        Organization organization = Organization.register(details("INSP", "FR"), NOW).aggregate();

        Change<Organization> replaced = organization.replace(details("INSP", "FR"), NOW);

        assertThat(replaced.events()).isEmpty();
        assertThat(replaced.aggregate().version()).isEqualTo(1);
    }

    @Test
    void aReplacementNamesTheFieldsItChanged() {
        Organization organization = Organization.register(details("INSP", "FR"), NOW).aggregate();

        Change<Organization> replaced = organization.replace(new Organization.Details("INSP", "INSP", "FR",
                OrganizationType.SCHOOL_OR_ACADEMY, "https://insp.gouv.fr", Map.of()), NOW);

        assertThat(replaced.aggregate().version()).isEqualTo(2);
        assertThat(((OrganizationUpdated) replaced.events().get(0).payload()).changedFields())
                .containsExactly("acronym", "website");
    }

    private static Organization.Details details(String name, String country) {
        return new Organization.Details(name, null, country, OrganizationType.SCHOOL_OR_ACADEMY, null, Map.of());
    }
}
