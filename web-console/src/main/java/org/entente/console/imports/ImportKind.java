package org.entente.console.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.entente.console.Services;
import org.springframework.security.core.Authentication;
import org.springframework.web.client.RestClient;

/**
 * What a spreadsheet imports, which service imports it, and the roles that service lets import
 * it and read its imports (their ApiAccess): the register's kinds go to agreements-service (staff
 * import them), action items to actions-service (managers import them, staff read them). The
 * console only hides what a role may not do; the services decide.
 */
enum ImportKind {
    ORGANIZATIONS(Services::agreements, Roles.REGISTER_IMPORTERS, Roles.REGISTER_READERS),
    AGREEMENTS(Services::agreements, Roles.REGISTER_IMPORTERS, Roles.REGISTER_READERS),
    DELEGATIONS(Services::agreements, Roles.REGISTER_IMPORTERS, Roles.REGISTER_READERS),
    ACTIONS(Services::actions, Roles.PLAN_IMPORTERS, Roles.PLAN_READERS);

    private static final class Roles {
        static final Set<String> REGISTER_IMPORTERS = Set.of("ROLE_STAFF", "ROLE_ADMIN");
        static final Set<String> REGISTER_READERS = Set.of("ROLE_STAFF", "ROLE_MANAGER", "ROLE_APPROVER", "ROLE_ADMIN");
        static final Set<String> PLAN_IMPORTERS = Set.of("ROLE_MANAGER", "ROLE_ADMIN");
        static final Set<String> PLAN_READERS = Set.of("ROLE_STAFF", "ROLE_MANAGER", "ROLE_ADMIN");
    }

    private final Function<Services, RestClient> service;
    private final Set<String> importers;
    private final Set<String> readers;

    ImportKind(Function<Services, RestClient> service, Set<String> importers, Set<String> readers) {
        this.service = service;
        this.importers = importers;
        this.readers = readers;
    }

    /** The kinds the import page offers this user: those their roles may import. */
    static List<ImportKind> offeredTo(Authentication user) {
        return Arrays.stream(values()).filter(kind -> holdsAny(user, kind.importers)).toList();
    }

    /** Whether the user may read the imports of this kind's service (its history, reports and templates). */
    boolean readableBy(Authentication user) {
        return holdsAny(user, readers);
    }

    RestClient of(Services services) {
        return service.apply(services);
    }

    /** As the services and the console's URLs name it. */
    String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a URL names, or null. */
    static ImportKind named(String slug) {
        for (ImportKind kind : values()) {
            if (kind.slug().equals(slug)) {
                return kind;
            }
        }
        return null;
    }

    private static boolean holdsAny(Authentication user, Set<String> roles) {
        return user != null && user.getAuthorities().stream().anyMatch(authority -> roles.contains(authority.getAuthority()));
    }
}
