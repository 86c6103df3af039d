package org.entente.agreements;

import static org.entente.platform.security.AccessRules.rolesOrAdmin;

import org.entente.platform.security.AccessRules;
import org.entente.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Staff keep the register; managers read it to plan; approvers read it and decide on the review
 * steps that name them (the domain checks whose step it is); stakeholders have no business here.
 */
@Configuration(proxyBeanMethods = false)
class ApiAccess {

    @Bean
    AccessRules agreementsAccessRules() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(rolesOrAdmin(Role.STAFF, Role.MANAGER, Role.APPROVER))
                .requestMatchers(HttpMethod.POST, "/api/agreements/*/review/approvals",
                        "/api/agreements/*/review/change-requests").hasAnyRole(rolesOrAdmin(Role.STAFF, Role.APPROVER))
                .requestMatchers("/api/organizations/**", "/api/agreements/**", "/api/delegations/**",
                        "/api/imports/**")
                .hasAnyRole(rolesOrAdmin(Role.STAFF));
    }
}
