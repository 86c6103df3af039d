package org.entente.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class LocalIssuerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static LocalIssuer issuer;
    private static JwtDecoder decoder;
    private final HttpClient http = HttpClient.newHttpClient();
    private static final String VERIFIER = "a-code-verifier-long-enough-for-pkce-0123456789-abcdefghij";

    @BeforeAll
    static void start() {
        issuer = new LocalIssuer(Ports.free());
        issuer.start();
        // What a resource server does: discovery, then the JWKS, signature and issuer checks.
        decoder = NimbusJwtDecoder.withIssuerLocation(issuer.issuerUri()).build();
    }

    @AfterAll
    static void stop() {
        issuer.stop();
    }

    @Test
    void discoveryNamesTheIssuerExactly() throws Exception {
        HttpResponse<String> response = get("/.well-known/openid-configuration");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode discovery = JSON.readTree(response.body());
        assertThat(discovery.get("issuer").asString()).isEqualTo("http://127.0.0.1:" + issuer.port());
        assertThat(discovery.get("jwks_uri").asString()).startsWith(issuer.issuerUri());
        assertThat(discovery.get("token_endpoint").asString()).isEqualTo(issuer.issuerUri() + "/oauth2/token");
    }

    @Test
    void staffDemoClientGetsASignedJwtWithItsRoleAndName() throws Exception {
        JsonNode answer = clientCredentials("entente-staff", "local-demo-staff-secret", 200);

        assertThat(answer.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(answer.get("expires_in").asLong()).isBetween(3590L, 3600L);
        Jwt jwt = decoder.decode(answer.get("access_token").asString());
        assertThat(jwt.getHeaders()).containsEntry("alg", "RS256");
        assertThat(jwt.getIssuer().toString()).isEqualTo(issuer.issuerUri());
        assertThat(jwt.getSubject()).isEqualTo("entente-staff");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("STAFF");
        assertThat(jwt.getClaimAsString("name")).isEqualTo("Staff demo client");
    }

    @Test
    void aClientRegisteredAtRunTimeGetsTokensForItsIdentity() throws Exception {
        issuer.registerClient("aigerim-test", "a-secret-for-this-test", "Aigerim Bekova", Set.of("STAKEHOLDER"));

        Jwt jwt = decoder.decode(clientCredentials("aigerim-test", "a-secret-for-this-test", 200)
                .get("access_token").asString());

        assertThat(jwt.getSubject()).isEqualTo("aigerim-test");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("STAKEHOLDER");
        assertThat(jwt.getClaimAsString("name")).isEqualTo("Aigerim Bekova");
    }

    @Test
    void registeringAnIdAgainReplacesItsSecretAndRoles() throws Exception {
        issuer.registerClient("owner-test", "first-secret", "Claire Martin", Set.of("STAKEHOLDER"));
        issuer.registerClient("owner-test", "second-secret", "Claire Martin", Set.of("MANAGER", "STAFF"));

        clientCredentials("owner-test", "first-secret", 401);
        Jwt jwt = decoder.decode(clientCredentials("owner-test", "second-secret", 200).get("access_token").asString());
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("MANAGER", "STAFF");
    }

    @Test
    void aWrongSecretIsRefused() throws Exception {
        JsonNode answer = clientCredentials("entente-staff", "not-the-secret", 401);

        assertThat(answer.get("error").asString()).isEqualTo("invalid_client");
    }

    @Test
    void onlyTheKnownRolesCanBeGiven() {
        assertThatThrownBy(() -> issuer.registerClient("odd", "secret", "Odd", Set.of("ROLE_ADMIN")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDemoUserSignsInThroughTheWebClientWithPkce() throws Exception {
        String code = signInAsClaire("entente-web", "http://localhost:5173/callback");

        HttpResponse<String> tokens = token(null, Map.of("grant_type", "authorization_code",
                "client_id", "entente-web", "code", code, "redirect_uri", "http://localhost:5173/callback",
                "code_verifier", VERIFIER));
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(tokens.body());
        Jwt access = decoder.decode(answer.get("access_token").asString());
        assertThat(access.getSubject()).isEqualTo("claire");
        assertThat(access.getClaimAsStringList("roles")).containsExactly("STAFF");
        assertThat(access.getClaimAsString("name")).isEqualTo("Claire Martin");
        assertThat(decoder.decode(answer.get("id_token").asString()).getClaimAsString("name")).isEqualTo("Claire Martin");
        assertThat(decoder.decode(answer.get("id_token").asString()).getClaimAsString("email"))
                .as("an agreement's responsible is known by it").isEqualTo("claire.martin@example.org");
    }

    @Test
    void theConsoleSignsClaireInWithItsSecretAndPkceAndRefreshesHerToken() throws Exception {
        String redirect = "http://localhost:" + LocalIssuer.DEFAULT_CONSOLE_PORT + "/login/oauth2/code/entente";
        String code = signInAsClaire(LocalIssuer.CONSOLE_CLIENT_ID, redirect);
        String secret = LocalIssuer.CONSOLE_CLIENT_ID + ":" + LocalIssuer.CONSOLE_CLIENT_SECRET;

        HttpResponse<String> tokens = token(secret, Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", redirect, "code_verifier", VERIFIER));
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(tokens.body());
        assertThat(decoder.decode(answer.get("id_token").asString()).getClaimAsStringList("roles"))
                .as("the console reads the roles from the ID token").containsExactly("STAFF");

        HttpResponse<String> refreshed = token(secret, Map.of("grant_type", "refresh_token",
                "refresh_token", answer.get("refresh_token").asString()));
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        assertThat(decoder.decode(JSON.readTree(refreshed.body()).get("access_token").asString()).getSubject())
                .isEqualTo("claire");
    }

    /** Claire signs in on the login form during an authorization request; returns the code sent to the redirect URI. */
    private String signInAsClaire(String clientId, String redirectUri) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(VERIFIER.getBytes(StandardCharsets.US_ASCII)));
        String authorize = "/oauth2/authorize?" + form(Map.of("response_type", "code", "client_id", clientId,
                "redirect_uri", redirectUri, "scope", "openid profile", "state", "s1",
                "code_challenge", challenge, "code_challenge_method", "S256"));

        // Not signed in yet: the authorization request leads to the login form.
        HttpResponse<String> first = browser.send(page(authorize), HttpResponse.BodyHandlers.ofString());
        assertThat(first.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        String loginPage = browser.send(page("/login"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).as("the login form's CSRF token").isTrue();
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(issuer.issuerUri() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", "claire",
                        "password", "local-demo-password", "_csrf", csrf.group(1))))).build(),
                HttpResponse.BodyHandlers.ofString());
        String back = login.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> authorized = browser.send(page(URI.create(back).getRawPath() + "?" + URI.create(back).getRawQuery()),
                HttpResponse.BodyHandlers.ofString());
        String callback = authorized.headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith(redirectUri + "?code=");
        return URI.create(callback).getQuery().replaceAll(".*code=([^&]+).*", "$1");
    }

    /** A token request, with HTTP Basic client authentication when {@code clientIdAndSecret} is given. */
    private HttpResponse<String> token(String clientIdAndSecret, Map<String, String> fields) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(issuer.issuerUri() + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
        if (clientIdAndSecret != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(clientIdAndSecret.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode clientCredentials(String clientId, String secret, int expectedStatus) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(issuer.issuerUri() + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(page(path), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest page(String path) {
        return HttpRequest.newBuilder(URI.create(issuer.issuerUri() + path)).header("Accept", "text/html").build();
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
