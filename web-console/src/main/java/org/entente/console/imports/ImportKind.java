package org.entente.console.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.entente.console.Services;
import org.springframework.web.client.RestClient;

/** What a spreadsheet imports, and which service imports it: the register's kinds go to agreements-service, action items to actions-service. */
enum ImportKind {
    ORGANIZATIONS(Services::agreements, true),
    AGREEMENTS(Services::agreements, true),
    DELEGATIONS(Services::agreements, true),
    // Offered once actions-service has its import resource (POST /api/imports?kind=actions, issue 15);
    // until then a staff user's call there is refused, so the page neither offers it nor lists its history.
    ACTIONS(Services::actions, false);

    private final Function<Services, RestClient> service;
    private final boolean offered;

    ImportKind(Function<Services, RestClient> service, boolean offered) {
        this.service = service;
        this.offered = offered;
    }

    /** The kinds the import page offers. */
    static List<ImportKind> offered() {
        return Arrays.stream(values()).filter(kind -> kind.offered).toList();
    }

    RestClient of(Services services) {
        return service.apply(services);
    }

    /** As the services and the console's URLs name it. */
    String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The offered kind a URL names, or null. */
    static ImportKind named(String slug) {
        for (ImportKind kind : offered()) {
            if (kind.slug().equals(slug)) {
                return kind;
            }
        }
        return null;
    }
}
