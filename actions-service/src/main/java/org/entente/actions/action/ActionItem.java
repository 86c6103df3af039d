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
import java.util.function.Consumer;
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
import org.entente.events.action.MilestoneSnapshot;
import org.entente.events.action.ActionStatusChanged;
import org.entente.events.action.ActionUpdated;
import org.entente.platform.domain.NoticeThresholds;
import org.entente.platform.outbox.Aggregate;
import org.entente.platform.outbox.Change;
import org.entente.platform.outbox.NewEvent;

/**
 * One item of an agreement's action plan: who does what by when, how far along it is and
 * what it has achieved. Each command checks its rule (see {@link ActionRules}) and returns the
 * new state with the events it caused, all keyed by the agreement.
 */
public record ActionItem(
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
        /* The append-only progress log, served newest first by /progress. */
        List<ProgressEntry> progress,
        /* Deadline notices already sent, as "dueDate/daysBefore" or "dueDate/overdue": once per due date and threshold. */
        List<String> deadlineNotices,
        Instant createdAt,
        Instant updatedAt,
        /* Token subjects, stamped by the store. */
        String createdBy,
        String updatedBy) implements Aggregate {

    /** Beyond this many entries the log refuses more: one document holds it. */
    public static final int MAX_PROGRESS_ENTRIES = 1000;

    /** What managers enter and edit; status, percent and actuals change through the workflow and progress. */
    public record Details(String reference, String title, String description, ActionCategory category, Owner owner,
                          List<String> responsibleOrganizations, LocalDate startDate, LocalDate dueDate, int weight,
                          List<Milestone> milestones, List<Indicator> indicators, List<String> dependsOn) {
    }

    public static Change<ActionItem> create(String agreementId, Details details, boolean agreementSuspended, Instant now) {
        ActionRules.checkDetails(details);
        ActionItem item = new ActionItem(UUID.randomUUID().toString(), 1, agreementId, null, null, null, null, null,
                List.of(), null, null, 1, ActionStatus.PLANNED, 0, List.of(), List.of(), List.of(), agreementSuspended,
                null, List.of(), List.of(), List.of(), now, now, null, null);
        ActionItem created = item.withDetails(details, now).with(draft -> draft.version = 1);
        return created.caused(created, List.of(Map.entry(EventCatalog.ACTION_CREATED,
                new ActionCreated(created.snapshot()))));
    }

    /** Replaces the editable details; nothing changed means no new version and no event. */
    public Change<ActionItem> edit(Details details, Instant now) {
        ActionRules.checkDetails(details);
        ActionItem edited = withDetails(details, now);
        List<String> changed = changedFields(edited);
        if (changed.isEmpty()) {
            return Change.none(this);
        }
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
        ActionItem moved = with(draft -> {
            draft.status = to;
            draft.statusHistory = append(statusHistory, new StatusChange(status, to, reason, usedOverride, false, now));
        }, now);
        return caused(moved, List.of(Map.entry(EventCatalog.ACTION_STATUS_CHANGED,
                new ActionStatusChanged(moved.snapshot(), status.name(), to.name(), reason, usedOverride))));
    }

    /**
     * Cancels an open item; it stays readable with its reason. Cancelling a cancelled item changes
     * nothing (a repeated DELETE, an agreement event delivered twice); a done item is kept as done.
     */
    public Change<ActionItem> cancel(String reason, boolean automatic, Instant now) {
        if (status == ActionStatus.CANCELLED || (automatic && status == ActionStatus.DONE)) {
            return Change.none(this);
        }
        ActionRules.checkCancellable(this);
        ActionItem cancelled = with(draft -> {
            draft.status = ActionStatus.CANCELLED;
            draft.cancellationReason = reason;
            draft.statusHistory = append(statusHistory,
                    new StatusChange(status, ActionStatus.CANCELLED, reason, null, automatic, now));
        }, now);
        return caused(cancelled, List.of(Map.entry(EventCatalog.ACTION_CANCELLED,
                new ActionCancelled(cancelled.snapshot(), status.name(), reason, automatic))));
    }

    /**
     * Appends an entry to the progress log: the percent and each indicator's value become the
     * item's, and each milestone named is reached today (one more event each, after the entry's).
     */
    public Change<ActionItem> recordProgress(String author, String note, Integer percent, List<IndicatorValue> values,
                                             List<String> milestonesReached, LocalDate today, Instant now) {
        ActionRules.checkProgress(this, values, milestonesReached);
        List<String> newlyReached = milestones.stream()
                .filter(milestone -> milestonesReached.contains(milestone.title()) && milestone.reachedOn() == null)
                .map(Milestone::title).toList();
        Map<String, Double> reported = values.stream()
                .collect(Collectors.toMap(IndicatorValue::name, IndicatorValue::value, (first, last) -> last));
        ProgressEntry entry = new ProgressEntry(UUID.randomUUID().toString(), author, note, percent, List.copyOf(values),
                List.copyOf(milestonesReached), now);
        ActionItem progressed = with(draft -> {
            if (percent != null) {
                draft.percentComplete = percent;
            }
            draft.indicators = indicators.stream().map(indicator -> reported.containsKey(indicator.name())
                    ? new Indicator(indicator.name(), indicator.unit(), indicator.target(), reported.get(indicator.name()))
                    : indicator).toList();
            draft.milestones = milestones.stream().map(milestone -> newlyReached.contains(milestone.title())
                    ? new Milestone(milestone.title(), milestone.dueDate(), today) : milestone).toList();
            draft.progress = append(progress, entry);
        }, now);
        List<Map.Entry<EventType, Record>> events = new ArrayList<>();
        events.add(Map.entry(EventCatalog.ACTION_PROGRESS_RECORDED, new ActionProgressRecorded(progressed.snapshot(),
                entry.id(), author, note, percent, values.stream()
                .map(value -> new ActionProgressRecorded.IndicatorValue(value.name(), value.value())).toList(),
                List.copyOf(milestonesReached))));
        for (Milestone milestone : progressed.milestones) {
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
        if (!status.isOpen() || dueDate == null) {
            return Optional.empty();
        }
        if (dueDate.isBefore(today)) {
            String key = dueDate + "/overdue";
            if (deadlineNotices.contains(key)) {
                return Optional.empty();
            }
            ActionItem noticed = withNoticesSent(key, dueSoon.daysBefore(), now);
            return Optional.of(caused(noticed, List.of(Map.entry(EventCatalog.ACTION_OVERDUE,
                    new ActionOverdue(noticed.snapshot(), ChronoUnit.DAYS.between(dueDate, today))))));
        }
        long daysLeft = ChronoUnit.DAYS.between(today, dueDate);
        Optional<Integer> threshold = dueSoon.due(daysLeft, days -> deadlineNotices.contains(dueDate + "/" + days));
        if (threshold.isEmpty()) {
            return Optional.empty();
        }
        int days = threshold.get();
        ActionItem noticed = withNoticesSent(null, dueSoon.settledBy(days), now);
        return Optional.of(caused(noticed, List.of(Map.entry(EventCatalog.ACTION_DUE_SOON,
                new ActionDueSoon(noticed.snapshot(), days, daysLeft)))));
    }

    /** The notices of the current due date marked sent: the overdue one (if given) and these thresholds. */
    private ActionItem withNoticesSent(String overdueKey, List<Integer> thresholds, Instant now) {
        List<String> sent = new ArrayList<>(deadlineNotices);
        if (overdueKey != null) {
            sent.add(overdueKey);
        }
        thresholds.stream().map(days -> dueDate + "/" + days).filter(notice -> !sent.contains(notice)).forEach(sent::add);
        return with(draft -> draft.deadlineNotices = List.copyOf(sent), now);
    }

    /** The item with its agreement's suspension flag set; empty when it already says so. */
    public Optional<ActionItem> withAgreementSuspended(boolean suspended, Instant now) {
        return suspended == agreementSuspended ? Optional.empty()
                : Optional.of(with(draft -> draft.agreementSuspended = suspended, now));
    }

    public ActionSnapshot snapshot() {
        return new ActionSnapshot(id, version, agreementId, reference, title, category.name(),
                owner == null ? null : owner.name(), owner == null ? null : owner.email(), responsibleOrganizations,
                startDate, dueDate, status.name(), percentComplete,
                indicators.stream().map(Indicator::snapshot).toList(),
                milestones.stream().map(milestone -> new MilestoneSnapshot(milestone.title(), milestone.dueDate(),
                        milestone.reachedOn())).toList(), agreementSuspended);
    }

    /** The details as a manager would send them back in a PUT: the base of a merge patch. */
    public Details details() {
        return new Details(reference, title, description, category, owner, responsibleOrganizations, startDate, dueDate,
                weight, milestones, indicators, dependsOn);
    }

    /** Milestones keep the date they were reached and indicators their actual value, matched by title and name. */
    private ActionItem withDetails(Details details, Instant now) {
        Map<String, LocalDate> reached = milestones.stream().filter(milestone -> milestone.reachedOn() != null)
                .collect(Collectors.toMap(Milestone::title, Milestone::reachedOn, (first, last) -> first));
        Map<String, Double> actuals = indicators.stream()
                .collect(Collectors.toMap(Indicator::name, Indicator::actual, (first, last) -> first));
        return with(draft -> {
            draft.reference = details.reference().trim();
            draft.title = details.title().trim();
            draft.description = details.description();
            draft.category = details.category();
            draft.owner = details.owner();
            draft.responsibleOrganizations = list(details.responsibleOrganizations()).stream().distinct().toList();
            draft.startDate = details.startDate();
            draft.dueDate = details.dueDate();
            draft.weight = details.weight();
            draft.milestones = list(details.milestones()).stream().map(milestone -> new Milestone(milestone.title(),
                    milestone.dueDate(), reached.get(milestone.title()))).toList();
            draft.indicators = list(details.indicators()).stream().map(indicator -> new Indicator(indicator.name(),
                    indicator.unit(), indicator.target(), actuals.getOrDefault(indicator.name(), 0.0))).toList();
            draft.dependsOn = list(details.dependsOn()).stream().distinct().toList();
        }, now);
    }

    private List<String> changedFields(ActionItem other) {
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

    /** A copy with some fields changed, at the next version. */
    private ActionItem with(Consumer<Draft> changes, Instant now) {
        return with(draft -> {
            changes.accept(draft);
            draft.version = version + 1;
            draft.updatedAt = now;
        });
    }

    /** A copy with some fields changed. */
    private ActionItem with(Consumer<Draft> changes) {
        Draft draft = new Draft(this);
        changes.accept(draft);
        return draft.build();
    }

    /** The mutable working copy behind {@link #with}: records have no withers. */
    private static final class Draft {
        String id; long version; String agreementId; String reference; String title; String description;
        ActionCategory category; Owner owner; List<String> responsibleOrganizations; LocalDate startDate;
        LocalDate dueDate; int weight; ActionStatus status; int percentComplete; List<Milestone> milestones;
        List<Indicator> indicators; List<String> dependsOn; boolean agreementSuspended; String cancellationReason;
        List<StatusChange> statusHistory; List<ProgressEntry> progress; List<String> deadlineNotices;
        Instant createdAt; Instant updatedAt; String createdBy; String updatedBy;

        Draft(ActionItem a) {
            id = a.id; version = a.version; agreementId = a.agreementId; reference = a.reference; title = a.title;
            description = a.description; category = a.category; owner = a.owner;
            responsibleOrganizations = a.responsibleOrganizations; startDate = a.startDate; dueDate = a.dueDate;
            weight = a.weight; status = a.status; percentComplete = a.percentComplete; milestones = a.milestones;
            indicators = a.indicators; dependsOn = a.dependsOn; agreementSuspended = a.agreementSuspended;
            cancellationReason = a.cancellationReason; statusHistory = a.statusHistory; progress = a.progress;
            deadlineNotices = a.deadlineNotices; createdAt = a.createdAt; updatedAt = a.updatedAt;
            createdBy = a.createdBy; updatedBy = a.updatedBy;
        }

        ActionItem build() {
            return new ActionItem(id, version, agreementId, reference, title, description, category, owner,
                    responsibleOrganizations, startDate, dueDate, weight, status, percentComplete, milestones, indicators,
                    dependsOn, agreementSuspended, cancellationReason, statusHistory, progress, deadlineNotices,
                    createdAt, updatedAt, createdBy, updatedBy);
        }
    }
}
