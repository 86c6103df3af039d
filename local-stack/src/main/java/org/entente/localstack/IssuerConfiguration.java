package org.entente.localstack;

import java.net.InetAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/**
 * The application context of {@link LocalIssuer}: every bean spelled out, no auto-configuration
 * and no component scan, so nothing else on the classpath joins it.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableWebMvc
class IssuerConfiguration {

    /** What {@link LocalIssuer} hands its context. */
    record Setup(int port, String issuerUri, RegisteredClientRepository clients, PasswordEncoder passwordEncoder,
                 List<LocalIssuer.User> users, String userPassword) {
    }

    /** The browser client's origins, for its token requests. */
    private static final List<String> WEB_ORIGINS = List.of("http://localhost:5173", "http://127.0.0.1:5173");

    @Bean
    TomcatServletWebServerFactory webServerFactory(Setup setup) {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(setup.port());
        factory.setAddress(InetAddress.getLoopbackAddress());
        // Cookies ignore ports: a name of its own keeps the login session apart from other local apps.
        factory.getSettings().getSession().getCookie().setName("ENTENTE_ISSUER_SESSION");
        return factory;
    }

    @Bean
    DispatcherServlet dispatcherServlet() {
        return new DispatcherServlet();
    }

    @Bean
    SecurityFilterChain issuerSecurity(HttpSecurity http, Setup setup) throws Exception {
        http.oauth2AuthorizationServer(server -> server
                        .registeredClientRepository(setup.clients())
                        .oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .formLogin(Customizer.withDefaults())
                // The OIDC userinfo endpoint takes the issuer's own access tokens.
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                .cors(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(Setup setup) {
        return AuthorizationServerSettings.builder().issuer(setup.issuerUri()).build();
    }

    @Bean
    JWKSource<SecurityContext> signingKeys() {
        KeyPair pair = rsaKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                .privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString())
                .build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> signingKeys) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(signingKeys);
    }

    /** Adds {@code roles} and {@code name} to access and ID tokens, from the client or the signed-in user. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> identityClaims(Setup setup) {
        Map<String, LocalIssuer.User> users = setup.users().stream()
                .collect(Collectors.toMap(LocalIssuer.User::username, Function.identity()));
        return context -> {
            if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                RegisteredClient client = context.getRegisteredClient();
                List<String> roles = client.getClientSettings().getSetting(LocalIssuer.ROLES_SETTING);
                String name = client.getClientSettings().getSetting(LocalIssuer.NAME_SETTING);
                context.getClaims().claim("roles", roles).claim("name", name);
            } else {
                LocalIssuer.User user = users.get(context.getPrincipal().getName());
                if (user != null) {
                    context.getClaims().claim("roles", user.roles().stream().sorted().toList()).claim("name", user.name())
                            .claim("email", user.email());
                }
            }
        };
    }

    @Bean
    PasswordEncoder passwordEncoder(Setup setup) {
        return setup.passwordEncoder();
    }

    @Bean
    UserDetailsService users(Setup setup) {
        String password = setup.passwordEncoder().encode(setup.userPassword());
        return new InMemoryUserDetailsManager(setup.users().stream()
                .map(user -> org.springframework.security.core.userdetails.User.withUsername(user.username())
                        .password(password)
                        .roles(user.roles().toArray(String[]::new))
                        .build())
                .toArray(UserDetails[]::new));
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource() {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(WEB_ORIGINS);
        cors.setAllowedMethods(List.of("GET", "POST"));
        cors.setAllowedHeaders(List.of("*"));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }

    /** Where a browser lands after signing in directly, rather than through a client (a member, so registered). */
    @RestController
    static final class HomePage {

        private final String issuerUri;

        HomePage(Setup setup) {
            this.issuerUri = setup.issuerUri();
        }

        @GetMapping(value = "/", produces = MediaType.TEXT_PLAIN_VALUE)
        String home(Principal principal) {
            return "Entente local issuer " + issuerUri + "\nSigned in as " + principal.getName()
                    + "\nDiscovery: " + issuerUri + "/.well-known/openid-configuration\n";
        }
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no RSA", e);
        }
    }
}
