package org.entente.agreements.agreement;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.entente.agreements.organization.Organization;
import org.entente.agreements.organization.OrganizationQueries;
import org.entente.platform.web.ProblemException;
import org.springframework.stereotype.Component;

/**
 * Turns a valid request into an agreement's details: checks the rules that span fields
 * and looks up each party's organization, which must be registered.
 */
@Component
class AgreementDetailsResolver {

    private final OrganizationQueries organizations;

    AgreementDetailsResolver(OrganizationQueries organizations) {
        this.organizations = organizations;
    }

    Agreement.Details resolve(AgreementRequest request) {
        if (isBlank(request.title().get("fr")) || isBlank(request.title().get("en"))) {
            throw ProblemException.badRequest("title", "must give the title in French (fr) and in English (en)");
        }
        if (request.effectiveFrom() != null && request.expiresOn() != null
                && request.expiresOn().isBefore(request.effectiveFrom())) {
            throw ProblemException.badRequest("expiresOn", "must not be before effectiveFrom");
        }
        Set<String> seen = new HashSet<>();
        for (AgreementRequest.PartyRequest party : request.parties()) {
            if (!seen.add(party.organizationId())) {
                throw ProblemException.badRequest("parties", "organization " + party.organizationId() + " appears twice");
            }
        }
        Map<String, Organization> found = organizations.findAll(seen).stream()
                .collect(Collectors.toMap(Organization::id, Function.identity()));
        List<Party> parties = new java.util.ArrayList<>();
        for (int i = 0; i < request.parties().size(); i++) {
            AgreementRequest.PartyRequest party = request.parties().get(i);
            Organization organization = found.get(party.organizationId());
            if (organization == null) {
                throw ProblemException.unprocessable("parties[" + i + "].organizationId",
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

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
