package org.entente.platform.security;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Optional;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The one rule for restricted agreements, as a query: a document with confidentiality
 * {@code RESTRICTED} is visible only to the users and roles on its access list (and to
 * administrators and the system). Each service stores the list under the same field names.
 */
public final class RestrictedAccess {

    public static final String RESTRICTED = "RESTRICTED";

    private RestrictedAccess() {
    }

    /**
     * What the caller may see, for documents holding {@code <prefix>confidentiality} and
     * {@code <prefix>access.users} / {@code .roles}; empty when the caller sees everything.
     */
    public static Optional<Criteria> visibleTo(Caller caller, String prefix) {
        if (caller.isAllowed(null, null)) {
            return Optional.empty();
        }
        return Optional.of(new Criteria().orOperator(
                where(prefix + "confidentiality").ne(RESTRICTED),
                where(prefix + "access.users").is(caller.subject()),
                where(prefix + "access.roles").in(caller.roles().stream().map(Role::name).toList())));
    }
}
