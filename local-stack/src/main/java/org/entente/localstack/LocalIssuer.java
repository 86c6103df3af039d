package org.entente.localstack;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * A real OAuth2/OIDC issuer (Spring Authorization Server) on {@code http://127.0.0.1:<port>}, with
 * the demo clients and users of the local run.
 *
 * <p>Its tokens are what the services trust: RS256 JWTs whose {@code sub} is the user name or
 * client id, {@code roles} a list of {@link #ROLES} without a {@code ROLE_} prefix, and
 * {@code name} a display name; access tokens live {@link #ACCESS_TOKEN_TTL}.
 *
 * <p>It builds its own small application context (a web server, Spring Security, MVC) and
 * no auto-configuration, so it can run inside a service's test JVM without touching the
 * service's context, and without anything on that classpath switching on inside its own.
 * Keys are generated at each start; every secret here is a local demo value.
 */
public final class LocalIssuer implements AutoCloseable {

    public static final Set<String> ROLES = Set.of("ADMIN", "STAFF", "MANAGER", "STAKEHOLDER", "APPROVER");
    public static final Duration ACCESS_TOKEN_TTL = Duration.ofHours(1);
    public static final String WEB_CLIENT_ID = "entente-web";
    /** The web console: a confidential client signing users in on the server (backend for frontend). */
    public static final String CONSOLE_CLIENT_ID = "entente-console";
    public static final String CONSOLE_CLIENT_SECRET = "local-demo-console-secret";
    public static final int DEFAULT_CONSOLE_PORT = 8080;

    /** Settings names under which a client keeps the identity its tokens carry. */
    static final String NAME_SETTING = "entente.name";
    static final String ROLES_SETTING = "entente.roles";

    /** A person who signs in with the login form; their e-mail is how an agreement names its responsible. */
    record User(String username, String name, String email, Set<String> roles) {
    }

    static final String DEMO_PASSWORD = "local-demo-password";
    static final List<User> DEMO_USERS = List.of(
            new User("admin", "Entente Administrator", "admin@example.org", Set.of("ADMIN")),
            new User("claire", "Claire Martin", "claire.martin@example.org", Set.of("STAFF")),
            new User("marc", "Marc Lefebvre", "marc@example.org", Set.of("MANAGER")),
            new User("aigerim", "Aigerim Bekova", "aigerim@example.org", Set.of("STAKEHOLDER")),
            // The default MOU approval chain: legal, then the director (entente.review.chains).
            new User("lea", "Léa Rousseau", "lea@example.org", Set.of("APPROVER")),
            new User("daniel", "Daniel Moreau", "daniel@example.org", Set.of("APPROVER")));

    private final int port;
    // Cheap hashing: the secrets are published demo values, and tests fetch many tokens.
    private final PasswordEncoder passwordEncoder =
            new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(4)));
    private final InMemoryRegisteredClientRepository clients;
    private AnnotationConfigServletWebServerApplicationContext context;

    public LocalIssuer(int port) {
        this(port, DEFAULT_CONSOLE_PORT);
    }

    /** An issuer whose console client redirects back to the console on {@code consolePort}. */
    public LocalIssuer(int port, int consolePort) {
        this.port = port;
        this.clients = new InMemoryRegisteredClientRepository(webClient(), consoleClient(consolePort, passwordEncoder));
        registerClient("entente-admin", "local-demo-admin-secret", "Admin demo client", Set.of("ADMIN"));
        registerClient("entente-staff", "local-demo-staff-secret", "Staff demo client", Set.of("STAFF"));
        registerClient("entente-manager", "local-demo-manager-secret", "Manager demo client", Set.of("MANAGER"));
        registerClient("entente-stakeholder", "local-demo-stakeholder-secret", "Stakeholder demo client",
                Set.of("STAKEHOLDER"));
        // The MOU chain's approvers from a script: their tokens' subject is the user's, as the chain names them.
        registerClient("lea", "local-demo-lea-secret", "L\u00e9a Rousseau", Set.of("APPROVER"));
        registerClient("daniel", "local-demo-daniel-secret", "Daniel Moreau", Set.of("APPROVER"));
    }

    public int port() {
        return port;
    }

    /** The {@code iss} of every token, exactly. */
    public String issuerUri() {
        return "http://127.0.0.1:" + port;
    }

    public synchronized void start() {
        if (context != null) {
            return;
        }
        AnnotationConfigServletWebServerApplicationContext started = new AnnotationConfigServletWebServerApplicationContext();
        started.registerBean(IssuerConfiguration.Setup.class,
                () -> new IssuerConfiguration.Setup(port, issuerUri(), clients, passwordEncoder, DEMO_USERS, DEMO_PASSWORD));
        started.register(IssuerConfiguration.class);
        try {
            started.refresh();
        } catch (RuntimeException e) {
            started.close();
            throw e;
        }
        context = started;
    }

    public synchronized void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Adds a client for the client-credentials grant whose tokens carry {@code sub} = its id,
     * the given display name and roles. Registering an id again replaces that client (new
     * secret, name and roles); tokens already issued stay valid until they expire.
     */
    public void registerClient(String clientId, String secret, String name, Set<String> roles) {
        if (clientId == null || clientId.isBlank() || clientId.equals(WEB_CLIENT_ID) || clientId.equals(CONSOLE_CLIENT_ID)) {
            throw new IllegalArgumentException("a client needs an id of its own");
        }
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("client " + clientId + " needs a secret");
        }
        if (!ROLES.containsAll(roles)) {
            throw new IllegalArgumentException("roles must be among " + new TreeSet<>(ROLES) + ", not " + roles);
        }
        ClientSettings.Builder settings = ClientSettings.builder().requireAuthorizationConsent(false);
        settings.setting(NAME_SETTING, name == null || name.isBlank() ? clientId : name);
        settings.setting(ROLES_SETTING, List.copyOf(new TreeSet<>(roles)));
        clients.save(RegisteredClient.withId(clientId)
                .clientId(clientId)
                .clientSecret(passwordEncoder.encode(secret))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientSettings(settings.build())
                .tokenSettings(tokenSettings())
                .build());
    }

    /** The browser client: authorization code with PKCE, no secret. */
    private static RegisteredClient webClient() {
        return RegisteredClient.withId(WEB_CLIENT_ID)
                .clientId(WEB_CLIENT_ID)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("http://localhost:5173/callback")
                .redirectUri("http://127.0.0.1:5173/callback")
                .postLogoutRedirectUri("http://localhost:5173/")
                .postLogoutRedirectUri("http://127.0.0.1:5173/")
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(tokenSettings())
                .build();
    }

    /**
     * The web console: authorization code with PKCE and a client secret, refresh tokens, and
     * the OIDC logout that brings the browser back to the console's signed-out page.
     */
    private static RegisteredClient consoleClient(int consolePort, PasswordEncoder passwordEncoder) {
        RegisteredClient.Builder client = RegisteredClient.withId(CONSOLE_CLIENT_ID)
                .clientId(CONSOLE_CLIENT_ID)
                .clientSecret(passwordEncoder.encode(CONSOLE_CLIENT_SECRET))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(tokenSettings());
        for (String host : List.of("localhost", "127.0.0.1")) {
            String console = "http://" + host + ":" + consolePort;
            client.redirectUri(console + "/login/oauth2/code/entente").postLogoutRedirectUri(console + "/signed-out");
        }
        return client.build();
    }

    private static TokenSettings tokenSettings() {
        return TokenSettings.builder().accessTokenTimeToLive(ACCESS_TOKEN_TTL).build();
    }
}
