package org.entente.agreements.delegation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.entente.events.EventCatalog;
import org.entente.events.delegation.DelegationScheduled;
import org.entente.events.delegation.DelegationStatusChanged;
import org.entente.events.delegation.DelegationUpdated;
import org.entente.platform.outbox.Aggregate;
import org.entente.platform.outbox.Change;
import org.entente.platform.outbox.NewEvent;
import org.entente.platform.domain.Refusal;

/**
 * A visit: a delegation from one organization to another, incoming or outgoing, under an
 * agreement or on its own. Its methods check the rules and return the new state with the
 * events it caused; a refused change throws a {@link Refusal} saying why.
 */
public record Delegation(
        String id,
        long version,
        String agreementId,
        DelegationDirection direction,
        OrganizationRef hostOrganization,
        OrganizationRef visitingOrganization,
        Delegate leader,
        List<Delegate> members,
        LocalDate startDate,
        LocalDate endDate,
        String city,
        String country,
        String purpose,
        List<AgendaItem> agenda,
        String outcomes,
        DelegationStatus status,
        String statusReason,
        Instant createdAt,
        Instant updatedAt,
        /* Token subjects, stamped by the store. */
        String createdBy,
        String updatedBy) implements Aggregate {

    /** What staff enter, with the organizations already found in the register. */
    public record Details(String agreementId, DelegationDirection direction, OrganizationRef hostOrganization,
                          OrganizationRef visitingOrganization, Delegate leader, List<Delegate> members,
                          LocalDate startDate, LocalDate endDate, String city, String country, String purpose,
                          List<AgendaItem> agenda, String outcomes) {
    }

    public static Change<Delegation> schedule(Details details, Instant now) {
        checkConsistency(details);
        Delegation delegation = from(UUID.randomUUID().toString(), 1, details, DelegationStatus.PLANNED, null, now, now);
        return new Change<>(delegation, List.of(new NewEvent(EventCatalog.DELEGATION_SCHEDULED, delegation.subject(),
                delegation.scheduled())));
    }

    /** Replaces the details; the status stays. A replacement that changes nothing causes no event. */
    public Change<Delegation> replace(Details details, LocalDate today, Instant now) {
        checkConsistency(details);
        if (agreementId != null && !agreementId.equals(details.agreementId())) {
            // Moving a visit between agreements would split its events across two keys.
            throw Refusal.missing("agreementId", "this delegation belongs to agreement " + agreementId
                    + " and stays with it; send that id");
        }
        if (status == DelegationStatus.COMPLETED && details.startDate().isAfter(today)) {
            throw Refusal.missing("startDate", "a completed visit cannot start after today, " + today);
        }
        Delegation replaced = from(id, version + 1, details, status, statusReason, createdAt, now);
        List<String> changed = changedFields(replaced);
        if (changed.isEmpty()) {
            return new Change<>(this, List.of());
        }
        return new Change<>(replaced, List.of(new NewEvent(EventCatalog.DELEGATION_UPDATED, replaced.subject(),
                replaced.updated(changed))));
    }

    /**
     * Moves the visit in its lifecycle ({@link DelegationStatus}). Cancelling needs a reason;
     * a visit cannot be completed before it starts.
     */
    public Change<Delegation> changeStatus(DelegationStatus to, String reason, LocalDate today, Instant now) {
        if (!status.canMoveTo(to)) {
            throw new Refusal(Refusal.Reason.FORBIDDEN_MOVE, "Conflict", "A " + status + " delegation cannot become " + to + "; "
                    + allowedMovesFrom(status) + ".").with("allowedStatuses", status.next());
        }
        String why = blankToNull(reason);
        if (to == DelegationStatus.CANCELLED && why == null) {
            throw Refusal.missing("reason", "is required to cancel a delegation: say why it was called off");
        }
        if (to == DelegationStatus.COMPLETED && today.isBefore(startDate)) {
            throw Refusal.missing("status", "cannot be COMPLETED before the visit starts on " + startDate);
        }
        Delegation moved = new Delegation(id, version + 1, agreementId, direction, hostOrganization,
                visitingOrganization, leader, members, startDate, endDate, city, country, purpose, agenda, outcomes,
                to, why, createdAt, now, null, null);
        return new Change<>(moved, List.of(new NewEvent(EventCatalog.DELEGATION_STATUS_CHANGED, subject(),
                new DelegationStatusChanged(id, moved.version, agreementId, status.name(), to.name(), why,
                        direction.name(), hostOrganization.snapshot(), visitingOrganization.snapshot(), city, country,
                        startDate, endDate))));
    }

    /** The events' subject and record key: the agreement, so its story stays in order, else the visit itself. */
    String subject() {
        return agreementId != null ? agreementId : id;
    }

    private static String allowedMovesFrom(DelegationStatus status) {
        if (status.next().isEmpty()) {
            return "a " + status + " delegation cannot change status any more";
        }
        return "from " + status + " it can become "
                + status.next().stream().map(Enum::name).collect(Collectors.joining(" or "));
    }

    /** Rules across fields, which the request's annotations cannot express. */
    private static void checkConsistency(Details details) {
        if (details.endDate().isBefore(details.startDate())) {
            throw Refusal.invalid("endDate", "must be on or after startDate, " + details.startDate());
        }
        if (details.hostOrganization().organizationId().equals(details.visitingOrganization().organizationId())) {
            throw Refusal.invalid("visitingOrganizationId", "must differ from hostOrganizationId");
        }
        for (int i = 0; i < details.agenda().size(); i++) {
            LocalDate date = details.agenda().get(i).date();
            if (date.isBefore(details.startDate()) || date.isAfter(details.endDate())) {
                throw Refusal.invalid("agenda[" + i + "].date", "must fall within the visit, "
                        + details.startDate() + " to " + details.endDate());
            }
        }
    }

    private static Delegation from(String id, long version, Details details, DelegationStatus status,
                                   String statusReason, Instant createdAt, Instant updatedAt) {
        return new Delegation(id, version, details.agreementId(), details.direction(), details.hostOrganization(),
                details.visitingOrganization(), details.leader(), List.copyOf(details.members()), details.startDate(),
                details.endDate(), details.city(), details.country(), details.purpose(), List.copyOf(details.agenda()),
                details.outcomes(), status, statusReason, createdAt, updatedAt, null, null);
    }

    private List<String> changedFields(Delegation other) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(agreementId, other.agreementId)) changed.add("agreementId");
        if (direction != other.direction) changed.add("direction");
        if (!Objects.equals(hostOrganization, other.hostOrganization)) changed.add("hostOrganization");
        if (!Objects.equals(visitingOrganization, other.visitingOrganization)) changed.add("visitingOrganization");
        if (!Objects.equals(leader, other.leader)) changed.add("leader");
        if (!Objects.equals(members, other.members)) changed.add("members");
        if (!Objects.equals(startDate, other.startDate)) changed.add("startDate");
        if (!Objects.equals(endDate, other.endDate)) changed.add("endDate");
        if (!Objects.equals(city, other.city)) changed.add("city");
        if (!Objects.equals(country, other.country)) changed.add("country");
        if (!Objects.equals(purpose, other.purpose)) changed.add("purpose");
        if (!Objects.equals(agenda, other.agenda)) changed.add("agenda");
        if (!Objects.equals(outcomes, other.outcomes)) changed.add("outcomes");
        return changed;
    }

    private DelegationScheduled scheduled() {
        return new DelegationScheduled(id, version, agreementId, direction.name(), status.name(),
                hostOrganization.snapshot(), visitingOrganization.snapshot(), leader.snapshot(),
                members.stream().map(Delegate::snapshot).toList(), startDate, endDate, city, country, purpose,
                agenda.stream().map(AgendaItem::snapshot).toList(), outcomes);
    }

    private DelegationUpdated updated(List<String> changedFields) {
        return new DelegationUpdated(id, version, changedFields, agreementId, direction.name(), status.name(),
                hostOrganization.snapshot(), visitingOrganization.snapshot(), leader.snapshot(),
                members.stream().map(Delegate::snapshot).toList(), startDate, endDate, city, country, purpose,
                agenda.stream().map(AgendaItem::snapshot).toList(), outcomes);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
