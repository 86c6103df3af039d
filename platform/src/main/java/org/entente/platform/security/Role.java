package org.entente.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a caller may do, read from the token's {@code roles} claim. ADMIN may do everything;
 * STAFF keeps the register (organizations, agreements, delegations, documents); MANAGER keeps
 * action plans; STAKEHOLDER only follows: their own subscriptions and inbox; APPROVER reads
 * the register and approves the review steps named for the role.
 */
public enum Role {
    ADMIN, STAFF, MANAGER, STAKEHOLDER, APPROVER;

    /** The roles these names name (a token's claim, a stored list); unknown names give no right. */
    public static Set<Role> allNamed(Collection<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (Role role : values()) {
                if (names.contains(role.name())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
