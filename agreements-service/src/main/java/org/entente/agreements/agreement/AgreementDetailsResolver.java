package org.entente.agreements.agreement;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.entente.agreements.organization.Organization;
import org.entente.agreements.organization.OrganizationQueries;
import org.entente.platform.domain.Refusal;
import org.springframework.stereotype.Component;

/**
 * Turns a valid request into an agreement's details: looks up each party's organization,
 * which must be registered. The rules across fields are the agreement's own.
 */
@Component
class AgreementDetailsResolver {

    private final OrganizationQueries organizations;

    AgreementDetailsResolver(OrganizationQueries organizations) {
        this.organizations = organizations;
    }

    Agreement.Details resolve(AgreementRequest request) {
        Set<String> ids = request.parties().stream().map(AgreementRequest.PartyRequest::organizationId)
                .collect(Collectors.toSet());
        Map<String, Organization> found = organizations.findAll(ids).stream()
                .collect(Collectors.toMap(Organization::id, Function.identity()));
        List<Party> parties = new java.util.ArrayList<>();
        for (int i = 0; i < request.parties().size(); i++) {
            AgreementRequest.PartyRequest party = request.parties().get(i);
            Organization organization = found.get(party.organizationId());
            if (organization == null) {
                throw Refusal.missing("parties[" + i + "].organizationId",
                        "no organization has id " + party.organizationId() + "; register it first");
            }
            parties.add(new Party(organization.id(), organization.name(), organization.country(), party.role(),
                    party.signatory() == null ? null
                            : new Party.Signatory(party.signatory().name(), party.signatory().title())));
        }
        return new Agreement.Details(request.code(), request.kind(), request.title(), request.summary(),
                request.themes(), parties, request.signedOn(), request.signedAt(), request.effectiveFrom(),
                request.expiresOn(), request.renewalNoticeDays(), request.confidentiality(),
                request.responsible() == null ? null : request.responsible().toStaffMember());
    }
}
