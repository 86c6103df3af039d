package org.entente.actions.action;

import java.time.Clock;

import org.entente.actions.agreement.AgreementDirectory;
import org.entente.platform.replica.AgreementReplica;
import org.entente.platform.domain.Refusal;
import org.entente.platform.outbox.AggregateStore;
import org.springframework.stereotype.Component;

/**
 * A manager adds an item to an agreement's action plan (the API, the demo load). A closed
 * agreement (terminated, expired, abandoned) takes no new item; its dependencies must be of the plan.
 */
@Component
public class AddingActionItem {

    private final AggregateStore<ActionItem> actions;
    private final AgreementDirectory agreements;
    private final Dependencies dependencies;
    private final Clock clock;

    AddingActionItem(AggregateStore<ActionItem> actions, AgreementDirectory agreements, Dependencies dependencies,
                     Clock clock) {
        this.actions = actions;
        this.agreements = agreements;
        this.dependencies = dependencies;
        this.clock = clock;
    }

    public ActionItem add(String agreementId, ActionRequest request) {
        ActionItem.Details details = request.details();
        AgreementReplica agreement = agreements.require(agreementId);
        if (agreement.isClosed()) {
            throw Refusal.conflict("Agreement " + agreement.code() + " is " + agreement.status()
                    + ": its action plan takes no new items.").with("agreementStatus", agreement.status());
        }
        dependencies.check(agreementId, null, details.reference(), details.dependsOn());
        return actions.insert(ActionItem.create(agreementId, details, agreement.isSuspended(), clock.instant()));
    }
}
