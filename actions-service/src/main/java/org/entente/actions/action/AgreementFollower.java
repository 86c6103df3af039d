package org.entente.actions.action;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.entente.actions.agreement.AgreementChanged;
import org.entente.platform.replica.AgreementReplica;
import org.entente.platform.outbox.AggregateStore;
import org.entente.platform.outbox.StaleVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The action plan follows its agreement: terminated or abandoned, its open items are cancelled
 * (each with its own event); suspended, its items are flagged, and unflagged when it resumes.
 * Both only move items that are not yet as they should be, so a replayed event changes nothing.
 */
@Component
class AgreementFollower {

    private static final Logger log = LoggerFactory.getLogger(AgreementFollower.class);
    private static final int ATTEMPTS = 5;

    private final ActionQueries queries;
    private final AggregateStore<ActionItem> actions;
    private final Clock clock;

    AgreementFollower(ActionQueries queries, AggregateStore<ActionItem> actions, Clock clock) {
        this.queries = queries;
        this.actions = actions;
        this.clock = clock;
    }

    @EventListener
    void follow(AgreementChanged changed) {
        Map<String, List<ActionItem>> plans = queries.ofAgreements(changed.agreements().stream()
                .map(agreement -> agreement.replica().id()).toList())
                .stream().collect(Collectors.groupingBy(ActionItem::agreementId));
        for (AgreementChanged.Agreement agreement : changed.agreements()) {
            follow(agreement.replica(), agreement.reason(), plans.getOrDefault(agreement.replica().id(), List.of()));
        }
    }

    private void follow(AgreementReplica agreement, String reason, List<ActionItem> plan) {
        if (agreement.isBrokenOff()) {
            String cancellation = "Agreement " + agreement.status()
                    + (reason == null || reason.isBlank() ? "" : ": " + reason);
            List<ActionItem> open = plan.stream().filter(item -> item.status().isOpen()).toList();
            open.forEach(item -> actions.change(item.id(), null,
                    current -> current.cancel(cancellation, true, clock.instant())));
            if (!open.isEmpty()) {
                log.info("Agreement {} {}: {} open action item(s) cancelled", agreement.code(), agreement.status(), open.size());
            }
        }
        boolean suspended = agreement.isSuspended();
        for (ActionItem item : plan) {
            if (item.agreementSuspended() != suspended) {
                flag(item.id(), suspended);
            }
        }
    }

    /**
     * The flag follows from the agreement event consumers already have, so it publishes nothing;
     * it still takes a new version, so that an edit made from the unflagged state cannot undo it.
     */
    private void flag(String id, boolean suspended) {
        for (int attempt = 1; ; attempt++) {
            ActionItem current = actions.get(id);
            Optional<ActionItem> flagged = current.withAgreementSuspended(suspended, clock.instant());
            if (flagged.isEmpty()) {
                return;
            }
            try {
                actions.update(id, current.version(), flagged.get(), List.of());
                return;
            } catch (StaleVersionException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
