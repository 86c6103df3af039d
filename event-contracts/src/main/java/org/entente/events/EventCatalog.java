package org.entente.events;

import java.util.List;
import java.util.Optional;

import org.entente.events.agreement.AgreementCreated;
import org.entente.events.agreement.AgreementDocumentAdded;
import org.entente.events.agreement.AgreementExpiring;
import org.entente.events.agreement.AgreementRenewed;
import org.entente.events.agreement.AgreementStatusChanged;
import org.entente.events.agreement.AgreementUpdated;
import org.entente.events.delegation.DelegationScheduled;
import org.entente.events.delegation.DelegationStatusChanged;
import org.entente.events.delegation.DelegationUpdated;
import org.entente.events.organization.OrganizationRegistered;
import org.entente.events.organization.OrganizationUpdated;

/** Every event type Entente publishes. docs/events.md documents each one; a test keeps the two in step. */
public final class EventCatalog {

    public static final EventType ORGANIZATION_REGISTERED =
            new EventType("entente.organization.registered.v1", Streams.AGREEMENTS, OrganizationRegistered.class);
    public static final EventType ORGANIZATION_UPDATED =
            new EventType("entente.organization.updated.v1", Streams.AGREEMENTS, OrganizationUpdated.class);
    public static final EventType AGREEMENT_CREATED =
            new EventType("entente.agreement.created.v1", Streams.AGREEMENTS, AgreementCreated.class);
    public static final EventType AGREEMENT_UPDATED =
            new EventType("entente.agreement.updated.v1", Streams.AGREEMENTS, AgreementUpdated.class);
    public static final EventType AGREEMENT_STATUS_CHANGED =
            new EventType("entente.agreement.status-changed.v1", Streams.AGREEMENTS, AgreementStatusChanged.class);
    public static final EventType AGREEMENT_RENEWED =
            new EventType("entente.agreement.renewed.v1", Streams.AGREEMENTS, AgreementRenewed.class);
    public static final EventType AGREEMENT_DOCUMENT_ADDED =
            new EventType("entente.agreement.document-added.v1", Streams.AGREEMENTS, AgreementDocumentAdded.class);
    public static final EventType AGREEMENT_EXPIRING =
            new EventType("entente.agreement.expiring.v1", Streams.AGREEMENTS, AgreementExpiring.class);
    public static final EventType DELEGATION_SCHEDULED =
            new EventType("entente.delegation.scheduled.v1", Streams.AGREEMENTS, DelegationScheduled.class);
    public static final EventType DELEGATION_UPDATED =
            new EventType("entente.delegation.updated.v1", Streams.AGREEMENTS, DelegationUpdated.class);
    public static final EventType DELEGATION_STATUS_CHANGED =
            new EventType("entente.delegation.status-changed.v1", Streams.AGREEMENTS, DelegationStatusChanged.class);

    private static final List<EventType> ALL = List.of(ORGANIZATION_REGISTERED, ORGANIZATION_UPDATED,
            AGREEMENT_CREATED, AGREEMENT_UPDATED, AGREEMENT_STATUS_CHANGED, AGREEMENT_RENEWED, AGREEMENT_DOCUMENT_ADDED,
            AGREEMENT_EXPIRING, DELEGATION_SCHEDULED, DELEGATION_UPDATED, DELEGATION_STATUS_CHANGED);

    private EventCatalog() {
    }

    public static List<EventType> all() {
        return ALL;
    }

    public static Optional<EventType> byName(String name) {
        return ALL.stream().filter(type -> type.name().equals(name)).findFirst();
    }
}
