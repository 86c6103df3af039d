package org.entente.notify;

import static org.entente.platform.security.AccessRules.rolesOrAdmin;

import org.entente.platform.security.AccessRules;
import org.entente.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Anyone signed in manages their own subscriptions and inbox (the controllers check whose);
 * staff, managers and approvers read timelines and feeds; anyone reads their own calendar and takes the feed
 * token that reads feeds without a bearer token (see FeedTokenSecurity, which still asks a reading role for an
 * agreement's feeds); the one-click unsubscribe link needs no token;
 * deliveries are for administrators.
 */
@Configuration(proxyBeanMethods = false)
class ApiAccess {

    @Bean
    AccessRules notifyAccessRules() {
        return requests -> requests
                .requestMatchers("/api/unsubscribe/**").permitAll()
                .requestMatchers("/api/subscriptions", "/api/subscriptions/**", "/api/subscribers/*/inbox",
                        "/api/subscribers/*/inbox/**").authenticated()
                .requestMatchers("/api/feed-token", "/api/calendar.ics").authenticated()
                .requestMatchers(HttpMethod.GET, "/api/timeline", "/api/agreements/**")
                .hasAnyRole(rolesOrAdmin(Role.STAFF, Role.MANAGER, Role.APPROVER));
    }
}
