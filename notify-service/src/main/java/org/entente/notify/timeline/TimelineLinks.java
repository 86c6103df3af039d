package org.entente.notify.timeline;

import org.entente.events.action.ActionEvent;
import org.entente.events.agreement.AgreementDocumentAdded;
import org.entente.events.delegation.DelegationScheduled;
import org.entente.events.delegation.DelegationStatusChanged;
import org.entente.events.delegation.DelegationUpdated;
import org.entente.events.organization.OrganizationRegistered;
import org.entente.events.organization.OrganizationUpdated;
import org.springframework.stereotype.Component;

/** Where the resource an entry is about can be read, in the service that owns it. */
@Component
public class TimelineLinks {

    private final String agreementsUrl;
    private final String actionsUrl;
    private final TimelinePayloads payloads;

    TimelineLinks(LinkSettings links, TimelinePayloads payloads) {
        this.agreementsUrl = links.agreementsService();
        this.actionsUrl = links.actionsService();
        this.payloads = payloads;
    }

    public String link(TimelineEntry entry) {
        String agreement = agreementsUrl + "/api/agreements/" + entry.agreementId();
        Record payload = payloads.of(entry).orElse(null);
        if (payload instanceof OrganizationRegistered organization) {
            return agreementsUrl + "/api/organizations/" + organization.organizationId();
        }
        if (payload instanceof OrganizationUpdated organization) {
            return agreementsUrl + "/api/organizations/" + organization.organizationId();
        }
        if (payload instanceof DelegationScheduled visit) {
            return agreementsUrl + "/api/delegations/" + visit.delegationId();
        }
        if (payload instanceof DelegationUpdated visit) {
            return agreementsUrl + "/api/delegations/" + visit.delegationId();
        }
        if (payload instanceof DelegationStatusChanged visit) {
            return agreementsUrl + "/api/delegations/" + visit.delegationId();
        }
        if (payload instanceof AgreementDocumentAdded document && document.documentId() != null) {
            return agreement + "/documents/" + document.documentId();
        }
        // Action events (actions topic) carry the action; link to it when its id is there, else to the plan.
        if (payload instanceof ActionEvent action && action.action() != null && action.action().actionId() != null) {
            return actionsUrl + "/api/actions/" + action.action().actionId();
        }
        if (payload instanceof ActionEvent || entry.type().startsWith("entente.action.")) {
            return actionsUrl + "/api/agreements/" + entry.agreementId() + "/actions";
        }
        return agreement;
    }
}
