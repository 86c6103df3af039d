package org.entente.notify.notification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.entente.events.agreement.AgreementEvent;
import org.entente.events.agreement.AgreementSnapshot;
import org.entente.events.agreement.PartySnapshot;
import org.entente.events.delegation.DelegationScheduled;
import org.entente.events.delegation.DelegationStatusChanged;
import org.entente.events.delegation.DelegationUpdated;
import org.entente.events.delegation.OrganizationSnapshot;
import org.entente.events.organization.OrganizationRegistered;
import org.entente.events.organization.OrganizationUpdated;
import org.entente.platform.replica.AgreementReplica;
import org.entente.platform.replica.AgreementReplicas;
import org.entente.platform.inbound.InboundEvent;
import org.entente.platform.security.RestrictedAccess;

/**
 * What an event is about, in the terms subscriptions filter on: its agreement (if any), the
 * organizations and countries involved, the themes, and whether the agreement is restricted.
 * Agreement events say it themselves; a visit adds its organizations to its agreement's;
 * other events (actions) are about the agreement their subject names, as the replica knows it.
 */
record EventScope(String agreementId, Set<String> organizationIds, Set<String> countries, Set<String> themes,
                  boolean restricted) {

    /**
     * The event's scope, or none yet for an event known only through an agreement the replica
     * has not seen: an action event comes on another topic than its agreement's events, and
     * nothing orders the two, so it may overtake them.
     */
    static Optional<EventScope> of(InboundEvent event, AgreementReplicas replicas) {
        Record data = event.data();
        if (data instanceof AgreementEvent agreementEvent) {
            AgreementSnapshot agreement = agreementEvent.agreement();
            return Optional.of(new EventScope(agreement.agreementId(),
                    set(agreement.parties().stream().map(PartySnapshot::organizationId).toList()),
                    set(agreement.parties().stream().map(PartySnapshot::country).toList()),
                    set(agreement.themes()), RestrictedAccess.RESTRICTED.equals(agreement.confidentiality())));
        }
        if (data instanceof OrganizationRegistered organization) {
            return Optional.of(new EventScope(null, set(List.of(organization.organizationId())),
                    set(List.of(organization.country())), Set.of(), false));
        }
        if (data instanceof OrganizationUpdated organization) {
            return Optional.of(new EventScope(null, set(List.of(organization.organizationId())),
                    set(List.of(organization.country())), Set.of(), false));
        }
        // A visit names its organizations and country itself; its agreement's come on the same topic and key, before it.
        if (data instanceof DelegationScheduled visit) {
            return Optional.of(visit(visit.agreementId(), visit.hostOrganization(), visit.visitingOrganization(),
                    visit.country(), replicas));
        }
        if (data instanceof DelegationUpdated visit) {
            return Optional.of(visit(visit.agreementId(), visit.hostOrganization(), visit.visitingOrganization(),
                    visit.country(), replicas));
        }
        if (data instanceof DelegationStatusChanged visit) {
            return Optional.of(visit(visit.agreementId(), visit.hostOrganization(), visit.visitingOrganization(),
                    visit.country(), replicas));
        }
        return replicas.find(event.subject()).map(EventScope::of);
    }

    /** The scope of an event about this agreement and nothing more. */
    static EventScope of(AgreementReplica agreement) {
        return fromReplica(agreement, List.of(), List.of());
    }

    private static EventScope visit(String agreementId, OrganizationSnapshot host, OrganizationSnapshot visiting,
                                    String country, AgreementReplicas replicas) {
        List<String> organizations = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        for (OrganizationSnapshot organization : new OrganizationSnapshot[] {host, visiting}) {
            if (organization != null) {
                organizations.add(organization.organizationId());
                countries.add(organization.country());
            }
        }
        countries.add(country);
        return replicas.find(agreementId)
                .map(agreement -> fromReplica(agreement, organizations, countries))
                .orElseGet(() -> new EventScope(agreementId, set(organizations), set(countries), Set.of(), false));
    }

    private static EventScope fromReplica(AgreementReplica agreement, List<String> organizations, List<String> countries) {
        List<String> allOrganizations = new ArrayList<>(organizations);
        allOrganizations.addAll(agreement.organizationIds() == null ? List.of() : agreement.organizationIds());
        List<String> allCountries = new ArrayList<>(countries);
        allCountries.addAll(agreement.countries() == null ? List.of() : agreement.countries());
        return new EventScope(agreement.id(), set(allOrganizations), set(allCountries),
                set(agreement.themes() == null ? List.of() : agreement.themes()), agreement.restricted());
    }

    private static Set<String> set(List<String> values) {
        Set<String> set = new LinkedHashSet<>();
        values.stream().filter(Objects::nonNull).forEach(set::add);
        return set;
    }
}
