package org.entente.platform.security;

import java.util.Optional;

/**
 * What a caller may do, read from the token's {@code roles} claim. ADMIN may do everything;
 * STAFF keeps the register (organizations, agreements, delegations, documents); MANAGER keeps
 * action plans; STAKEHOLDER only follows: their own subscriptions and inbox.
 */
public enum Role {
    ADMIN, STAFF, MANAGER, STAKEHOLDER;

    /** The role a claim value names, if any: unknown values give no right. */
    public static Optional<Role> named(String value) {
        for (Role role : values()) {
            if (role.name().equals(value)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
