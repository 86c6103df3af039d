package org.entente.actions.action;

import java.time.Clock;
import java.util.List;

import org.entente.platform.outbox.AggregateStore;
import org.springframework.stereotype.Component;

/** Someone moves an item on in its workflow (the API, the demo load): starts, blocks, finishes or cancels it. */
@Component
public class MovingActionItem {

    private final AggregateStore<ActionItem> actions;
    private final Dependencies dependencies;
    private final Clock clock;

    MovingActionItem(AggregateStore<ActionItem> actions, Dependencies dependencies, Clock clock) {
        this.actions = actions;
        this.dependencies = dependencies;
        this.clock = clock;
    }

    /**
     * @param clientVersion the version the client read, or null to move whatever the current one is
     * @param override      the reason to pass a guard (done below 100%, dependencies not done), or null
     */
    public ActionItem move(String id, Long clientVersion, ActionStatus to, String reason, String override) {
        return actions.change(id, clientVersion, current -> current.changeStatus(to, reason, override,
                to == ActionStatus.IN_PROGRESS ? dependencies.pending(current) : List.of(), clock.instant()));
    }
}
