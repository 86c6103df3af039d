package org.entente.platform.security;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import org.entente.platform.web.ProblemResponses;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every service is an OAuth2 resource server: {@code /api/**} needs a bearer JWT from the
 * configured issuer ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}); roles come
 * from the token's {@code roles} claim, mapped here once for all services. Refusals are
 * problem details like every other error.
 */
@Configuration(proxyBeanMethods = false)
public class ApiSecurity {

    public static final String ROLES_CLAIM = "roles";

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, List<AccessRules> serviceRules, JsonMapper json) throws Exception {
        AuthenticationEntryPoint unauthenticated = problemEntryPoint(json);
        AccessDeniedHandler forbidden = (request, response, denied) -> ProblemResponses.write(response, json,
                HttpStatus.FORBIDDEN, "Forbidden", "Your roles (" + rolesOf(Caller.current()) + ") do not allow "
                        + request.getMethod() + " " + request.getRequestURI() + ".");
        http.csrf(csrf -> csrf.disable()) // bearer tokens, no cookies: nothing for a forged request to ride on
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
                            "/swagger-ui.html", "/swagger-ui/**", "/error").permitAll();
                    serviceRules.forEach(rules -> rules.declare(requests));
                    requests.anyRequest().hasRole(Role.ADMIN.name());
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromClaim()))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden));
        return http.build();
    }

    /**
     * The decoder Boot makes from the issuer, as it makes it (issuer, algorithms, validators),
     * wrapped so that a token it accepted is not checked again until it expires.
     */
    @Bean
    static BeanPostProcessor rememberAcceptedTokens() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof JwtDecoder decoder && !(bean instanceof RememberingJwtDecoder)
                        ? new RememberingJwtDecoder(decoder, Clock.systemUTC()) : bean;
            }
        };
    }

    /** Spring Security's firewall refuses encoded traversal and the like before any controller: say so as a problem. */
    @Bean
    RequestRejectedHandler problemForRejectedRequests(JsonMapper json) {
        return (request, response, rejected) -> ProblemResponses.write(response, json, HttpStatus.BAD_REQUEST,
                "Invalid request", "The request was refused: " + rejected.getMessage());
    }

    /** {@code roles: ["STAFF"]} becomes the authority {@code ROLE_STAFF}; the subject names the caller. */
    static JwtAuthenticationConverter rolesFromClaim() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(ROLES_CLAIM);
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }

    /** Keeps the standard WWW-Authenticate challenge and adds a problem-details body. */
    private static AuthenticationEntryPoint problemEntryPoint(JsonMapper json) {
        BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
        return (request, response, failure) -> {
            challenge.commence(request, response, failure);
            ProblemResponses.write(response, json, HttpStatus.UNAUTHORIZED, "Unauthorized",
                    request.getHeader("Authorization") == null
                            ? "A bearer token is required: send Authorization: Bearer <access token from the issuer>."
                            : "The bearer token was refused: " + failure.getMessage());
        };
    }

    private static String rolesOf(Caller caller) {
        return caller.roles().isEmpty() ? "none"
                : caller.roles().stream().map(Role::name).sorted().collect(Collectors.joining(", "));
    }
}
