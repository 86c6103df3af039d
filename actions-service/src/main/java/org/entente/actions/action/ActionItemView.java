package org.entente.actions.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.entente.actions.action.ActionRecords.Indicator;
import org.entente.actions.action.ActionRecords.Milestone;
import org.entente.actions.action.ActionRecords.Owner;
import org.entente.actions.action.ActionRecords.StatusChange;

/**
 * An action item as the API shows it, without its progress log (served by /progress) and the deadline
 * notices sent, with why it is late ({@link Lateness}; null when it is not).
 */
public record ActionItemView(
        String id,
        long version,
        String agreementId,
        String reference,
        String title,
        String description,
        ActionCategory category,
        Owner owner,
        List<String> responsibleOrganizations,
        LocalDate startDate,
        LocalDate dueDate,
        int weight,
        ActionStatus status,
        int percentComplete,
        List<Milestone> milestones,
        List<Indicator> indicators,
        List<String> dependsOn,
        boolean agreementSuspended,
        String cancellationReason,
        List<StatusChange> statusHistory,
        Instant createdAt,
        Instant updatedAt,
        String createdBy,
        String updatedBy,
        Lateness lateness) {

    static ActionItemView of(ActionItem item, Lateness lateness) {
        ActionItem.Details details = item.details();
        ActionItem.Workflow workflow = item.workflow();
        return new ActionItemView(item.id(), item.version(), item.agreementId(), details.reference(), details.title(),
                details.description(), details.category(), details.owner(), details.responsibleOrganizations(),
                details.startDate(), details.dueDate(), details.weight(), workflow.status(),
                workflow.percentComplete(), details.milestones(), details.indicators(), details.dependsOn(),
                item.agreementSuspended(), workflow.cancellationReason(), workflow.statusHistory(),
                item.audit().createdAt(), item.audit().updatedAt(), item.audit().createdBy(), item.audit().updatedBy(),
                lateness);
    }
}
