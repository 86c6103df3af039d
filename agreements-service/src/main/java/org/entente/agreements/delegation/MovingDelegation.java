package org.entente.agreements.delegation;

import java.time.Clock;
import java.time.LocalDate;

import org.entente.platform.outbox.AggregateStore;
import org.springframework.stereotype.Component;

/** Staff confirm, complete or call off a visit (the API, the demo load). */
@Component
public class MovingDelegation {

    private final AggregateStore<Delegation> delegations;
    private final Clock clock;

    MovingDelegation(AggregateStore<Delegation> delegations, Clock clock) {
        this.delegations = delegations;
        this.clock = clock;
    }

    /** @param clientVersion the version the client read, or null to move whatever the current one is */
    public Delegation move(String id, Long clientVersion, DelegationStatus to, String reason) {
        return delegations.change(id, clientVersion,
                current -> current.changeStatus(to, reason, LocalDate.now(clock), clock.instant()));
    }
}
