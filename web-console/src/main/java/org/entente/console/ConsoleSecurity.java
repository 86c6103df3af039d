package org.entente.console;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * Backend-for-frontend sign-in: the console is a confidential OAuth2 client of the issuer
 * the services trust (authorization code with PKCE). Tokens stay in the server-side session;
 * the browser holds only the session cookie. CSRF protection stays on.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

    /** The client registration's id in {@code spring.security.oauth2.client.registration}. */
    static final String REGISTRATION = "entente";

    @Bean
    SecurityFilterChain signInThroughTheIssuer(HttpSecurity http, ClientRegistrationRepository registrations) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver authorizationRequests =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        // A confidential client gets no PKCE by default; the issue asks for it.
        authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcClientInitiatedLogoutSuccessHandler issuerLogout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        issuerLogout.setPostLogoutRedirectUri("{baseUrl}/signed-out");
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/sign-in", "/signed-out", "/webjars/**", "/console.css", "/console.js",
                                "/favicon.ico", "/actuator/health/**", "/error", "/unsubscribe/**").permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login
                        .loginPage("/sign-in")
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
                        .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(rolesFromIdToken())))
                .logout(logout -> logout.logoutSuccessHandler(issuerLogout))
                // The error page of a refused request is no form submission (see MalformedRequests).
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(request -> request.getDispatcherType() != DispatcherType.ERROR
                        && CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request)))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new SignInEntryPoint()));
        return http.build();
    }

    /** Refreshes an expired access token with the refresh token before a service is called. */
    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
                                                          OAuth2AuthorizedClientRepository authorizedClients) {
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode().refreshToken().build());
        return manager;
    }

    /** The issuer puts the user's roles, without a {@code ROLE_} prefix, in the ID token's {@code roles} claim. */
    private static GrantedAuthoritiesMapper rolesFromIdToken() {
        return authorities -> {
            Set<GrantedAuthority> mapped = new HashSet<>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    Object roles = oidc.getIdToken().getClaim("roles");
                    if (roles instanceof Collection<?> names) {
                        names.forEach(name -> mapped.add(new SimpleGrantedAuthority("ROLE_" + name)));
                    }
                }
            }
            return mapped;
        };
    }

    /**
     * Unsigned requests go to the console's sign-in page; one whose session has ended says so.
     * An htmx request (a poll, a partial form) cannot follow a redirect to the issuer, so it
     * is told to load the sign-in page instead.
     */
    static final class SignInEntryPoint implements AuthenticationEntryPoint {

        @Override
        public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
                throws IOException {
            boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
            String target = request.getContextPath() + "/sign-in" + (expired ? "?expired" : "");
            if (request.getHeader("HX-Request") != null) {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                response.setHeader("HX-Redirect", target);
                return;
            }
            response.sendRedirect(target);
        }
    }
}
