package org.entente.actions;

import static org.entente.platform.security.AccessRules.rolesOrAdmin;

import org.entente.platform.security.AccessRules;
import org.entente.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Managers keep action plans (and import them); staff read them. Progress is open to any signed-in caller
 * here because an item's owner may record it whatever their role: the controller checks.
 */
@Configuration(proxyBeanMethods = false)
class ApiAccess {

    @Bean
    AccessRules actionsAccessRules() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(rolesOrAdmin(Role.STAFF, Role.MANAGER))
                .requestMatchers(HttpMethod.POST, "/api/actions/*/progress").authenticated()
                .requestMatchers("/api/agreements/*/actions", "/api/actions/**", "/api/imports/**")
                .hasAnyRole(rolesOrAdmin(Role.MANAGER));
    }
}
