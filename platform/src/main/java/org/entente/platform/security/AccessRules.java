package org.entente.platform.security;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's rules: which roles may call which of its {@code /api} endpoints. The platform
 * applies them before its own defaults (health and API docs open, everything else under
 * {@code /api} for administrators only), so an endpoint a service forgets is closed, not open.
 */
@FunctionalInterface
public interface AccessRules {

    void declare(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests);

    /** The role names for {@code hasAnyRole}: these roles and, always, ADMIN. */
    static String[] rolesOrAdmin(Role... roles) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(Role.ADMIN), java.util.Arrays.stream(roles))
                .map(Role::name).distinct().toArray(String[]::new);
    }
}
