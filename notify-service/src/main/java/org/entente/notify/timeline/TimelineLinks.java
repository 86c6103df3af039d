package org.entente.notify.timeline;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Where the resource an entry is about can be read, in the service that owns it. */
@Component
public class TimelineLinks {

    private final String agreementsUrl;
    private final String actionsUrl;

    TimelineLinks(@Value("${entente.links.agreements-service}") String agreementsUrl,
                  @Value("${entente.links.actions-service}") String actionsUrl) {
        this.agreementsUrl = agreementsUrl;
        this.actionsUrl = actionsUrl;
    }

    public String link(TimelineEntry entry) {
        Map<String, Object> data = entry.data();
        String aggregate = entry.type().split("\\.")[1];
        return switch (aggregate) {
            case "organization" -> agreementsUrl + "/api/organizations/" + data.get("organizationId");
            case "delegation" -> agreementsUrl + "/api/delegations/" + data.get("delegationId");
            case "agreement" -> data.get("documentId") != null
                    ? agreementsUrl + "/api/agreements/" + entry.agreementId() + "/documents/" + data.get("documentId")
                    : agreementsUrl + "/api/agreements/" + entry.agreementId();
            // Action events (actions topic) carry the action; link to it when its id is there.
            case "action" -> data.get("action") instanceof Map<?, ?> action && action.get("actionId") != null
                    ? actionsUrl + "/api/actions/" + action.get("actionId")
                    : actionsUrl + "/api/agreements/" + entry.agreementId() + "/actions";
            default -> agreementsUrl + "/api/agreements/" + entry.agreementId();
        };
    }
}
