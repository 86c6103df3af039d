package org.entente.actions.action;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.entente.actions.action.ActionRecords.Indicator;
import org.entente.actions.action.ActionRecords.IndicatorValue;
import org.entente.actions.action.ActionRecords.Milestone;
import org.entente.actions.action.ActionRecords.Owner;
import org.entente.actions.action.ActionRecords.ProgressEntry;
import org.entente.actions.action.ActionRecords.StatusChange;
import org.entente.events.EventCatalog;
import org.entente.events.EventType;
import org.entente.events.action.ActionCancelled;
import org.entente.events.action.ActionCreated;
import org.entente.events.action.ActionDueSoon;
import org.entente.events.action.ActionMilestoneReached;
import org.entente.events.action.ActionOverdue;
import org.entente.events.action.ActionProgressRecorded;
import org.entente.events.action.ActionSnapshot;
import org.entente.events.action.ActionStatusChanged;
import org.entente.events.action.ActionUpdated;
import org.entente.events.action.MilestoneSnapshot;
import org.entente.platform.domain.Audit;
import org.entente.platform.domain.NoticeThresholds;
import org.entente.platform.outbox.Aggregate;
import org.entente.platform.outbox.Change;
import org.entente.platform.outbox.NewEvent;

/**
 * One item of an agreement's action plan: what managers entered ({@link Details}: who does
 * what by when, its milestones and indicators), how far along it is ({@link Workflow}),
 * whether its agreement is suspended, and who made and changed it. Each command checks its
 * rule (see {@link ActionRules}) and returns the new state with the events it caused, all
 * keyed by the agreement.
 */
public record ActionItem(
        String id,
        long version,
        String agreementId,
        Details details,
        Workflow workflow,
        /* Copied from the agreement's events: a suspended agreement's items are shown as such. */
        boolean agreementSuspended,
        Audit audit) implements Aggregate {

    /** Beyond this many entries the log refuses more: one document holds it. */
    public static final int MAX_PROGRESS_ENTRIES = 1000;

    /**
     * What managers enter and edit. Milestones carry the date they were reached and indicators
     * their actual value, which progress entries set and edits keep.
     */
    public record Details(String reference, String title, String description, ActionCategory category, Owner owner,
                          List<String> responsibleOrganizations, LocalDate startDate, LocalDate dueDate, int weight,
                          List<Milestone> milestones, List<Indicator> indicators, List<String> dependsOn) {

        /** As stored, keeping what progress reached under {@code before}: dates by milestone title, actuals by indicator name. */
        Details keepingProgressOf(Details before) {
            Map<String, LocalDate> reached = before == null ? Map.of() : before.milestones.stream()
                    .filter(milestone -> milestone.reachedOn() != null)
                    .collect(Collectors.toMap(Milestone::title, Milestone::reachedOn, (first, last) -> first));
            Map<String, Double> actuals = before == null ? Map.of() : before.indicators.stream()
                    .collect(Collectors.toMap(Indicator::name, Indicator::actual, (first, last) -> first));
            return new Details(reference.trim(), title.trim(), description, category, owner,
                    list(responsibleOrganizations).stream().distinct().toList(), startDate, dueDate, weight,
                    list(milestones).stream().map(milestone -> new Milestone(milestone.title(), milestone.dueDate(),
                            reached.get(milestone.title()))).toList(),
                    list(indicators).stream().map(indicator -> indicator.at(actuals.getOrDefault(indicator.name(), 0.0)))
                            .toList(),
                    list(dependsOn).stream().distinct().toList());
        }

        Details progressed(Map<String, Double> reported, List<String> newlyReached, LocalDate today) {
            return new Details(reference, title, description, category, owner, responsibleOrganizations, startDate,
                    dueDate, weight,
                    milestones.stream().map(milestone -> newlyReached.contains(milestone.title())
                            ? new Milestone(milestone.title(), milestone.dueDate(), today) : milestone).toList(),
                    indicators.stream().map(indicator -> reported.containsKey(indicator.name())
                            ? indicator.at(reported.get(indicator.name())) : indicator).toList(),
                    dependsOn);
        }

        List<String> changedFrom(Details other) {
            Map<String, Boolean> differs = new LinkedHashMap<>();
            differs.put("reference", !Objects.equals(reference, other.reference));
            differs.put("title", !Objects.equals(title, other.title));
            differs.put("description", !Objects.equals(description, other.description));
            differs.put("category", category != other.category);
            differs.put("owner", !Objects.equals(owner, other.owner));
            differs.put("responsibleOrganizations", !Objects.equals(responsibleOrganizations, other.responsibleOrganizations));
            differs.put("startDate", !Objects.equals(startDate, other.startDate));
            differs.put("dueDate", !Objects.equals(dueDate, other.dueDate));
            differs.put("weight", weight != other.weight);
            differs.put("milestones", !Objects.equals(milestones, other.milestones));
            differs.put("indicators", !Objects.equals(indicators, other.indicators));
            differs.put("dependsOn", !Objects.equals(dependsOn, other.dependsOn));
            return differs.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
        }
    }

    /**
     * How far along the item is: its status and why it was cancelled, every move, the percent
     * complete, the append-only progress log (served newest first by /progress), and the
     * deadline notices already sent, as "dueDate/daysBefore" or "dueDate/overdue".
     */
    public record Workflow(ActionStatus status, int percentComplete, String cancellationReason,
                           List<StatusChange> statusHistory, List<ProgressEntry> progress,
                           List<String> deadlineNotices) {

        static Workflow planned() {
            return new Workflow(ActionStatus.PLANNED, 0, null, List.of(), List.of(), List.of());
        }

        Workflow movedTo(ActionStatus to, String reason, String override, boolean automatic, Instant now) {
            return new Workflow(to, percentComplete, to == ActionStatus.CANCELLED ? reason : cancellationReason,
                    append(statusHistory, new StatusChange(status, to, reason, override, automatic, now)), progress,
                    deadlineNotices);
        }

        Workflow logged(ProgressEntry entry) {
            return new Workflow(status, entry.percentComplete() != null ? entry.percentComplete() : percentComplete,
                    cancellationReason, statusHistory, append(progress, entry), deadlineNotices);
        }

        Workflow noticesSent(List<String> sent) {
            return new Workflow(status, percentComplete, cancellationReason, statusHistory, progress, sent);
        }
    }

    public static Change<ActionItem> create(String agreementId, Details details, boolean agreementSuspended, Instant now) {
        ActionRules.checkDetails(details);
        ActionItem created = new ActionItem(UUID.randomUUID().toString(), 1, agreementId, details.keepingProgressOf(null),
                Workflow.planned(), agreementSuspended, Audit.startedAt(now));
        return created.caused(created, List.of(Map.entry(EventCatalog.ACTION_CREATED,
                new ActionCreated(created.snapshot()))));
    }

    public ActionStatus status() {
        return workflow.status();
    }

    /** Replaces the editable details; nothing changed means no new version and no event. */
    public Change<ActionItem> edit(Details details, Instant now) {
        ActionRules.checkDetails(details);
        Details entered = details.keepingProgressOf(this.details);
        List<String> changed = this.details.changedFrom(entered);
        if (changed.isEmpty()) {
            return Change.none(this);
        }
        ActionItem edited = next(entered, workflow, agreementSuspended, now);
        return caused(edited, List.of(Map.entry(EventCatalog.ACTION_UPDATED,
                new ActionUpdated(edited.snapshot(), changed))));
    }

    /**
     * A move in the workflow. {@code pendingDependencies} are the references of the items this one
     * depends on that are not done yet; they stop a start unless an override reason is given.
     */
    public Change<ActionItem> changeStatus(ActionStatus to, String reason, String override,
                                           List<String> pendingDependencies, Instant now) {
        ActionRules.checkMove(this, to, reason, override, pendingDependencies);
        if (to == ActionStatus.CANCELLED) {
            return cancel(reason, false, now);
        }
        String usedOverride = ActionRules.overrideNeeded(this, to, pendingDependencies) ? override.trim() : null;
        ActionItem moved = next(details, workflow.movedTo(to, reason, usedOverride, false, now), agreementSuspended, now);
        return caused(moved, List.of(Map.entry(EventCatalog.ACTION_STATUS_CHANGED,
                new ActionStatusChanged(moved.snapshot(), status().name(), to.name(), reason, usedOverride))));
    }

    /**
     * Cancels an open item; it stays readable with its reason. Cancelling a cancelled item changes
     * nothing (a repeated DELETE, an agreement event delivered twice); a done item is kept as done.
     */
    public Change<ActionItem> cancel(String reason, boolean automatic, Instant now) {
        if (status() == ActionStatus.CANCELLED || (automatic && status() == ActionStatus.DONE)) {
            return Change.none(this);
        }
        ActionRules.checkCancellable(this);
        ActionItem cancelled = next(details, workflow.movedTo(ActionStatus.CANCELLED, reason, null, automatic, now),
                agreementSuspended, now);
        return caused(cancelled, List.of(Map.entry(EventCatalog.ACTION_CANCELLED,
                new ActionCancelled(cancelled.snapshot(), status().name(), reason, automatic))));
    }

    /**
     * Appends an entry to the progress log: the percent and each indicator's value become the
     * item's, and each milestone named is reached today (one more event each, after the entry's).
     */
    public Change<ActionItem> recordProgress(String author, String note, Integer percent, List<IndicatorValue> values,
                                             List<String> milestonesReached, LocalDate today, Instant now) {
        ActionRules.checkProgress(this, note, percent, values, milestonesReached);
        List<String> newlyReached = details.milestones().stream()
                .filter(milestone -> milestonesReached.contains(milestone.title()) && milestone.reachedOn() == null)
                .map(Milestone::title).toList();
        Map<String, Double> reported = values.stream()
                .collect(Collectors.toMap(IndicatorValue::name, IndicatorValue::value, (first, last) -> last));
        ProgressEntry entry = new ProgressEntry(UUID.randomUUID().toString(), author, note, percent, List.copyOf(values),
                List.copyOf(milestonesReached), now);
        ActionItem progressed = next(details.progressed(reported, newlyReached, today), workflow.logged(entry),
                agreementSuspended, now);
        List<Map.Entry<EventType, Record>> events = new ArrayList<>();
        events.add(Map.entry(EventCatalog.ACTION_PROGRESS_RECORDED, new ActionProgressRecorded(progressed.snapshot(),
                entry.id(), author, note, percent, values.stream()
                .map(value -> new ActionProgressRecorded.IndicatorValue(value.name(), value.value())).toList(),
                List.copyOf(milestonesReached))));
        for (Milestone milestone : progressed.details.milestones()) {
            if (newlyReached.contains(milestone.title())) {
                events.add(Map.entry(EventCatalog.ACTION_MILESTONE_REACHED, new ActionMilestoneReached(
                        progressed.snapshot(), milestone.title(), milestone.dueDate(), today)));
            }
        }
        return caused(progressed, events);
    }

    /**
     * The daily job's notice for an open item: overdue once its due date has passed, else the
     * nearest due-soon threshold reached. Each is sent once per due date and threshold; larger
     * thresholds passed meanwhile are marked sent too, so a job that missed days sends one notice.
     * A new due date has no notices sent yet: its reminders are armed again.
     */
    public Optional<Change<ActionItem>> deadlineNoticeIfDue(LocalDate today, NoticeThresholds dueSoon, Instant now) {
        LocalDate dueDate = details.dueDate();
        if (!status().isOpen() || dueDate == null) {
            return Optional.empty();
        }
        List<String> sent = workflow.deadlineNotices();
        if (dueDate.isBefore(today)) {
            String key = dueDate + "/overdue";
            if (sent.contains(key)) {
                return Optional.empty();
            }
            ActionItem noticed = withNoticesSent(key, dueSoon.daysBefore(), now);
            return Optional.of(caused(noticed, List.of(Map.entry(EventCatalog.ACTION_OVERDUE,
                    new ActionOverdue(noticed.snapshot(), ChronoUnit.DAYS.between(dueDate, today))))));
        }
        long daysLeft = ChronoUnit.DAYS.between(today, dueDate);
        Optional<Integer> threshold = dueSoon.due(daysLeft, days -> sent.contains(dueDate + "/" + days));
        if (threshold.isEmpty()) {
            return Optional.empty();
        }
        int days = threshold.get();
        ActionItem noticed = withNoticesSent(null, dueSoon.settledBy(days), now);
        return Optional.of(caused(noticed, List.of(Map.entry(EventCatalog.ACTION_DUE_SOON,
                new ActionDueSoon(noticed.snapshot(), days, daysLeft)))));
    }

    /** The item with its agreement's suspension flag set; empty when it already says so. */
    public Optional<ActionItem> withAgreementSuspended(boolean suspended, Instant now) {
        return suspended == agreementSuspended ? Optional.empty() : Optional.of(next(details, workflow, suspended, now));
    }

    public ActionSnapshot snapshot() {
        Owner owner = details.owner();
        return new ActionSnapshot(id, version, agreementId, details.reference(), details.title(),
                details.category().name(), owner == null ? null : owner.name(), owner == null ? null : owner.email(),
                details.responsibleOrganizations(), details.startDate(), details.dueDate(), status().name(),
                workflow.percentComplete(), details.indicators().stream().map(Indicator::snapshot).toList(),
                details.milestones().stream().map(milestone -> new MilestoneSnapshot(milestone.title(),
                        milestone.dueDate(), milestone.reachedOn())).toList(), agreementSuspended);
    }

    /** The notices of the current due date marked sent: the overdue one (if given) and these thresholds. */
    private ActionItem withNoticesSent(String overdueKey, List<Integer> thresholds, Instant now) {
        List<String> sent = new ArrayList<>(workflow.deadlineNotices());
        if (overdueKey != null) {
            sent.add(overdueKey);
        }
        thresholds.stream().map(days -> details.dueDate() + "/" + days).filter(notice -> !sent.contains(notice))
                .forEach(sent::add);
        return next(details, workflow.noticesSent(List.copyOf(sent)), agreementSuspended, now);
    }

    /** The state after a command: the next version, changed now. */
    private ActionItem next(Details nextDetails, Workflow nextWorkflow, boolean suspended, Instant now) {
        return new ActionItem(id, version + 1, agreementId, nextDetails, nextWorkflow, suspended, audit.touched(now));
    }

    private Change<ActionItem> caused(ActionItem next, List<Map.Entry<EventType, Record>> events) {
        return new Change<>(next, events.stream()
                .map(event -> new NewEvent(event.getKey(), next.agreementId, event.getValue())).toList());
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> appended = new ArrayList<>(list);
        appended.add(item);
        return List.copyOf(appended);
    }
}
