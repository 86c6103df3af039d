package org.entente.console.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DelegationFormTest {

    static final Delegation VISIT = new Delegation("d1", 4, "mou", "INCOMING",
            new Delegation.OrganizationRef("insp", "INSP", "FR"), new Delegation.OrganizationRef("acsa", "ACSA", "KZ"),
            new Delegation.Person("Darkhan Zhazykbay", "Chairman", "acsa"),
            List.of(new Delegation.Person("Aigerim Bekova", "Adviser", "acsa"), new Delegation.Person("A", "B", null),
                    new Delegation.Person("C", "D", null), new Delegation.Person("E", "F", null)),
            LocalDate.of(2025, 11, 14), LocalDate.of(2025, 11, 15), "Paris", "FR", "Signing", List.of(), null,
            "PLANNED", List.of("CONFIRMED", "CANCELLED"), null, "claire");

    @Test
    void anEditedVisitGoesBackWithEveryMemberAndTheOrganizationsTheFormDoesNotShow() {
        Map<String, String> form = DelegationPages.of(VISIT);

        Map<String, Object> body = DelegationPages.body(form);

        assertThat(body.get("leader")).isEqualTo(Map.of("name", "Darkhan Zhazykbay", "title", "Chairman", "organizationId", "acsa"));
        assertThat((List<?>) body.get("members")).as("more members than the new form's rows").hasSize(4);
        assertThat(((List<?>) body.get("members")).get(0)).isEqualTo(
                Map.of("name", "Aigerim Bekova", "title", "Adviser", "organizationId", "acsa"));
        assertThat(body.get("startDate")).isEqualTo("2025-11-14");
        assertThat(body.get("hostOrganizationId")).isEqualTo("insp");
    }

    @Test
    void theFormOffersARowMoreThanTheMembersItHolds() {
        assertThat(DelegationPages.memberRows(DelegationPages.of(VISIT))).isEqualTo(5);
        assertThat(DelegationPages.memberRows(Map.of())).isEqualTo(DelegationPages.MEMBER_ROWS);
    }
}
