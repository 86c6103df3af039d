package org.entente.localstack.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.localstack.LocalIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The tokens the services' tests send. The issuer's own home page takes its bearer tokens and
 * names the caller, so it shows what {@link TestApi} sends.
 */
class TestApiTokensTest {

    private final LocalIssuer issuer = TestInfrastructure.get().issuer();

    @Test
    void tokensAreRealJwtsForTheAskedIdentityAndAreReused() {
        String token = TestTokens.bearer("aigerim", "STAKEHOLDER");

        Jwt jwt = NimbusJwtDecoder.withIssuerLocation(issuer.issuerUri()).build().decode(token);
        assertThat(jwt.getSubject()).isEqualTo("aigerim");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("STAKEHOLDER");
        assertThat(TestTokens.bearer("aigerim", "STAKEHOLDER")).isEqualTo(token);
        assertThat(TestTokens.bearer("aigerim", "STAKEHOLDER", "MANAGER")).isNotEqualTo(token);
    }

    @Test
    void theApiSendsAnAdminTokenByDefault() {
        assertThat(whoAmI(new TestApi(issuer.port())).getBody()).contains("Signed in as " + TestApi.ADMIN_SUBJECT);
    }

    @Test
    void theApiSpeaksForAnotherIdentityOrForNobody() {
        TestApi api = new TestApi(issuer.port());

        assertThat(whoAmI(api.as("claire.martin@example.org", "MANAGER")).getBody())
                .contains("Signed in as claire.martin@example.org");
        assertThat(whoAmI(api.anonymous()).getStatusCode().value()).isEqualTo(401);
    }

    private static ResponseEntity<String> whoAmI(TestApi api) {
        return api.client().get().uri("/").retrieve().toEntity(String.class);
    }
}
