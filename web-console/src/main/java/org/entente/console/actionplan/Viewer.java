package org.entente.console.actionplan;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Who is signed in, as far as the plan pages decide which forms to show (the service decides the rest). */
final class Viewer {

    private Viewer() {
    }

    static boolean isManager(Authentication user) {
        return user != null && user.getAuthorities().stream().anyMatch(authority ->
                authority.getAuthority().equals("ROLE_MANAGER") || authority.getAuthority().equals("ROLE_ADMIN"));
    }

    static String subject(Authentication user) {
        return user != null && user.getPrincipal() instanceof OidcUser oidc ? oidc.getSubject() : null;
    }

    /** The signed-in user's full name, which actions-service's owner filter matches. */
    static String name(Authentication user) {
        if (user != null && user.getPrincipal() instanceof OidcUser oidc) {
            return oidc.getFullName() != null ? oidc.getFullName() : oidc.getSubject();
        }
        return null;
    }
}
