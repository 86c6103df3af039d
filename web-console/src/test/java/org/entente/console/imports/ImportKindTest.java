package org.entente.console.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Which kinds a role is offered and whose imports it reads follow the services' access rules. */
class ImportKindTest {

    @Test
    void staffImportTheRegisterAndManagersTheActionItems() {
        assertThat(ImportKind.offeredTo(user("STAFF")))
                .containsExactly(ImportKind.ORGANIZATIONS, ImportKind.AGREEMENTS, ImportKind.DELEGATIONS);
        assertThat(ImportKind.offeredTo(user("MANAGER"))).containsExactly(ImportKind.ACTIONS);
        assertThat(ImportKind.offeredTo(user("STAFF", "MANAGER"))).containsExactly(ImportKind.values());
        assertThat(ImportKind.offeredTo(user("ADMIN"))).containsExactly(ImportKind.values());
        assertThat(ImportKind.offeredTo(user("STAKEHOLDER"))).isEmpty();
        assertThat(ImportKind.offeredTo(user("APPROVER"))).isEmpty();
        assertThat(ImportKind.offeredTo(null)).isEmpty();
    }

    @Test
    void aManagerReadsBothHistoriesAnApproverOnlyTheRegistersAndAStakeholderNone() {
        assertThat(ImportKind.ACTIONS.readableBy(user("STAFF"))).isTrue();
        assertThat(ImportKind.AGREEMENTS.readableBy(user("MANAGER"))).isTrue();
        assertThat(ImportKind.ACTIONS.readableBy(user("APPROVER"))).isFalse();
        assertThat(ImportKind.AGREEMENTS.readableBy(user("APPROVER"))).isTrue();
        assertThat(ImportKind.AGREEMENTS.readableBy(user("STAKEHOLDER"))).isFalse();
        assertThat(ImportKind.ACTIONS.readableBy(user("STAKEHOLDER"))).isFalse();
    }

    @Test
    void aUrlNamesAnyKindBySlug() {
        assertThat(ImportKind.named("actions")).isEqualTo(ImportKind.ACTIONS);
        assertThat(ImportKind.named("budgets")).isNull();
    }

    private static Authentication user(String... roles) {
        return new TestingAuthenticationToken("someone", null,
                Arrays.stream(roles).map(role -> "ROLE_" + role).toArray(String[]::new));
    }
}
