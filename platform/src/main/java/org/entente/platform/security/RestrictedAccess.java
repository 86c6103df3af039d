package org.entente.platform.security;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Optional;

import org.entente.events.agreement.AccessSnapshot;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The one rule for restricted agreements, for one document and as a query: a document with confidentiality
 * {@code RESTRICTED} is visible only to the users and roles on its access list (and to
 * administrators and the system). Each service stores the list under the same field names,
 * those of the events' {@link AccessSnapshot}.
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
        if (caller.seesEverything()) {
            return Optional.empty();
        }
        return Optional.of(new Criteria().orOperator(
                where(prefix + "confidentiality").ne(RESTRICTED),
                where(prefix + "access.users").is(caller.subject()),
                where(prefix + "access.roles").in(caller.roles().stream().map(Role::name).toList())));
    }

    /** Whether the caller may know of a document with this confidentiality and access list (null: nobody's). */
    public static boolean allows(Caller caller, String confidentiality, AccessSnapshot access) {
        if (!RESTRICTED.equals(confidentiality) || caller.seesEverything()) {
            return true;
        }
        if (access == null) {
            return false;
        }
        boolean listed = access.users() != null && access.users().contains(caller.subject());
        boolean byRole = access.roles() != null
                && caller.roles().stream().anyMatch(role -> access.roles().contains(role.name()));
        return listed || byRole;
    }

    /** The ids of the restricted documents in {@code collection} the caller may not see: what lists leave out. */
    public static List<String> hiddenIds(MongoTemplate mongo, String collection, Caller caller) {
        return visibleTo(caller, "")
                .map(visible -> mongo.findDistinct(Query.query(new Criteria().norOperator(visible)), "_id", collection,
                        String.class))
                .orElse(List.of());
    }
}
