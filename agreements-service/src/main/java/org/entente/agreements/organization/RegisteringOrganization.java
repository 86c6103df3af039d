package org.entente.agreements.organization;

import java.time.Clock;

import org.entente.platform.outbox.AggregateStore;
import org.springframework.stereotype.Component;

/** Staff register a partner organization (the API, the demo load); one per name and country. */
@Component
public class RegisteringOrganization {

    private final AggregateStore<Organization> organizations;
    private final Clock clock;

    RegisteringOrganization(AggregateStore<Organization> organizations, Clock clock) {
        this.organizations = organizations;
        this.clock = clock;
    }

    /** @throws org.entente.platform.domain.Refusal a conflict naming the organization already registered */
    public Organization register(OrganizationRequest request) {
        return organizations.insert(Organization.register(request.details(), clock.instant()));
    }
}
