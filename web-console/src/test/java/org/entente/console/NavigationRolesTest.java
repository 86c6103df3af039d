package org.entente.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;

/** A stakeholder is not linked to the register's pages, which agreements-service refuses them. */
class NavigationRolesTest {

    private final SignInPage page = new SignInPage(null);

    @Test
    void theRegisterIsLinkedForTheRolesAgreementsServiceLetsReadIt() {
        assertThat(page.registerReadable(new TestingAuthenticationToken("aigerim", null, "ROLE_STAKEHOLDER"))).isFalse();
        assertThat(page.registerReadable(null)).isFalse();
        for (String role : new String[] {"ROLE_STAFF", "ROLE_MANAGER", "ROLE_APPROVER", "ROLE_ADMIN"}) {
            assertThat(page.registerReadable(new TestingAuthenticationToken("someone", null, role))).as(role).isTrue();
        }
        assertThat(page.registerReadable(new TestingAuthenticationToken("both", null, "ROLE_STAKEHOLDER", "ROLE_STAFF")))
                .isTrue();
    }
}
