package org.entente.agreements.agreement;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.entente.events.EventCatalog;
import org.entente.events.agreement.AgreementCreated;
import org.entente.platform.outbox.NewEvent;

/**
 * A memorandum, framework agreement, protocol or joint project between organizations.
 * Its methods check the rules and return the new state with the events it caused.
 */
public record Agreement(
        String id,
        long version,
        String code,
        Map<String, String> title,
        AgreementStatus status,
        List<Party> parties,
        Instant createdAt,
        Instant updatedAt) {

    /** A new state of the agreement and what happened to get there. */
    public record Change(Agreement agreement, List<NewEvent> events) {
    }

    public static Change register(String code, Map<String, String> title, List<Party> parties, Instant now) {
        Agreement agreement = new Agreement(UUID.randomUUID().toString(), 1, code, Map.copyOf(title),
                AgreementStatus.DRAFT, List.copyOf(parties), now, now);
        AgreementCreated created = new AgreementCreated(agreement.id, agreement.version, code, agreement.title,
                agreement.status.name(), parties.stream().map(Party::snapshot).toList());
        return new Change(agreement, List.of(new NewEvent(EventCatalog.AGREEMENT_CREATED, agreement.id, created)));
    }
}
