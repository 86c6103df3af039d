package org.entente.console.imports;

import java.util.Locale;
import java.util.function.Function;

import org.entente.console.Services;
import org.springframework.web.client.RestClient;

/** What a spreadsheet imports, and which service imports it: the register's kinds go to agreements-service, action items to actions-service. */
enum ImportKind {
    ORGANIZATIONS(Services::agreements),
    AGREEMENTS(Services::agreements),
    DELEGATIONS(Services::agreements),
    ACTIONS(Services::actions);

    private final Function<Services, RestClient> service;

    ImportKind(Function<Services, RestClient> service) {
        this.service = service;
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
}
