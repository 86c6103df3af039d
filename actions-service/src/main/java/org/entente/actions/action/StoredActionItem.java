package org.entente.actions.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.entente.actions.action.ActionRecords.Indicator;
import org.entente.actions.action.ActionRecords.Milestone;
import org.entente.actions.action.ActionRecords.Owner;
import org.entente.actions.action.ActionRecords.ProgressEntry;
import org.entente.actions.action.ActionRecords.StatusChange;
import org.entente.platform.domain.Audit;
import org.entente.platform.outbox.StoredAs;

/**
 * An action item as MongoDB stores it (the persistence model): one flat document that the queries, indexes and plan
 * roll-ups name field by field ({@code agreementId}, {@code status}, {@code dueDate},
 * {@code weight}, {@code indicators.actual}...), whatever the aggregate's own shape.
 */
public record StoredActionItem(
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
        List<ProgressEntry> progress,
        List<String> deadlineNotices,
        Instant createdAt,
        Instant updatedAt,
        /* Token subjects, stamped by the store. */
        String createdBy,
        String updatedBy) {

    static final StoredAs<ActionItem, StoredActionItem> STORAGE =
            new StoredAs<>(StoredActionItem.class, StoredActionItem::of, StoredActionItem::toItem);

    static StoredActionItem of(ActionItem item) {
        ActionItem.Details details = item.details();
        ActionItem.Workflow workflow = item.workflow();
        Audit audit = item.audit();
        return new StoredActionItem(item.id(), item.version(), item.agreementId(), details.reference(),
                details.title(), details.description(), details.category(), details.owner(),
                details.responsibleOrganizations(), details.startDate(), details.dueDate(), details.weight(),
                workflow.status(), workflow.percentComplete(), details.milestones(), details.indicators(),
                details.dependsOn(), item.agreementSuspended(), workflow.cancellationReason(),
                workflow.statusHistory(), workflow.progress(), workflow.deadlineNotices(), audit.createdAt(),
                audit.updatedAt(), audit.createdBy(), audit.updatedBy());
    }

    /** The item; a list read without its log ({@code progress} excluded) gets an empty one. */
    public ActionItem toItem() {
        return new ActionItem(id, version, agreementId,
                new ActionItem.Details(reference, title, description, category, owner, list(responsibleOrganizations),
                        startDate, dueDate, weight, list(milestones), list(indicators), list(dependsOn)),
                new ActionItem.Workflow(status, percentComplete, cancellationReason, list(statusHistory), list(progress),
                        list(deadlineNotices)),
                agreementSuspended, new Audit(createdAt, updatedAt, createdBy, updatedBy));
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}
