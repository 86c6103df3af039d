package org.entente.agreements.delegation;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.entente.agreements.agreement.AgreementQueries;
import org.entente.agreements.organization.Organization;
import org.entente.agreements.organization.OrganizationQueries;
import org.entente.platform.domain.Refusal;
import org.entente.platform.outbox.AggregateStore;
import org.springframework.stereotype.Component;

/** Staff log a visit (the API, the demo load), under an agreement or on its own. */
@Component
public class SchedulingDelegation {

    private final AggregateStore<Delegation> delegations;
    private final OrganizationQueries organizations;
    private final AgreementQueries agreements;
    private final Clock clock;

    SchedulingDelegation(AggregateStore<Delegation> delegations, OrganizationQueries organizations,
                         AgreementQueries agreements, Clock clock) {
        this.delegations = delegations;
        this.organizations = organizations;
        this.agreements = agreements;
        this.clock = clock;
    }

    /** @param agreementId the agreement it is logged under, or null */
    public Delegation schedule(DelegationRequest request, String agreementId) {
        return delegations.insert(Delegation.schedule(details(request, agreementId), clock.instant()));
    }

    /**
     * The request with its references checked: the agreement (if any) and every organization
     * it names must exist, else a 422 names the field.
     */
    Delegation.Details details(DelegationRequest request, String agreementId) {
        if (agreementId != null && !agreements.exists(agreementId)) {
            throw Refusal.missing("agreementId", "no agreement has id " + agreementId);
        }
        Map<String, Organization> known = organizations.findAll(request.organizationIds()).stream()
                .collect(Collectors.toMap(Organization::id, Function.identity()));
        OrganizationRef host = registered(known, request.hostOrganizationId(), "hostOrganizationId");
        OrganizationRef visiting = registered(known, request.visitingOrganizationId(), "visitingOrganizationId");
        Delegation.Details details = request.details(agreementId, host, visiting);
        requireRegistered(known, details.leader().organizationId(), "leader.organizationId");
        for (int i = 0; i < details.members().size(); i++) {
            requireRegistered(known, details.members().get(i).organizationId(), "members[" + i + "].organizationId");
        }
        return details;
    }

    private static OrganizationRef registered(Map<String, Organization> known, String id, String field) {
        requireRegistered(known, id, field);
        return OrganizationRef.of(known.get(id));
    }

    private static void requireRegistered(Map<String, Organization> known, String id, String field) {
        if (id != null && !known.containsKey(id)) {
            throw Refusal.missing(field, "no organization has id " + id);
        }
    }

}
