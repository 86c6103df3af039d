package org.entente.platform.security;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is asking: the token's subject, display name and roles. Outside a request (consumers,
 * scheduled jobs) the caller is the system itself; a request without a token, on one of the
 * few open endpoints, is anonymous and has no rights.
 */
public record Caller(String subject, String name, Set<Role> roles) {

    public static final Caller SYSTEM = new Caller("system", "Entente", Set.of());
    public static final Caller ANONYMOUS = new Caller("anonymous", "Anonymous", Set.of());

    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Caller known) {
            return known; // a service's own authentication (notify's feed tokens) that knows its caller
        }
        if (authentication instanceof JwtAuthenticationToken token) {
            Jwt jwt = token.getToken();
            String name = jwt.getClaimAsString("name");
            return new Caller(jwt.getSubject(), name == null ? jwt.getSubject() : name,
                    Role.allNamed(jwt.getClaimAsStringList(ApiSecurity.ROLES_CLAIM)));
        }
        return authentication == null ? SYSTEM : ANONYMOUS;
    }

    /** Whether the caller holds one of these roles; an administrator holds them all. */
    public boolean hasAny(Role... wanted) {
        if (roles.contains(Role.ADMIN)) {
            return true;
        }
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean isSystem() {
        return this == SYSTEM;
    }

    /** The system (consumers, jobs) and administrators see everything, restricted or not. */
    public boolean seesEverything() {
        return isSystem() || roles.contains(Role.ADMIN);
    }

    /** Whether the caller may act for this user: it is them, or the system or an administrator. */
    public boolean actsFor(String userId) {
        return seesEverything() || subject.equals(userId);
    }
}
