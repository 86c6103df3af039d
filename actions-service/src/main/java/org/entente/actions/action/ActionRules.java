package org.entente.actions.action;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.entente.actions.action.ActionRecords.Indicator;
import org.entente.actions.action.ActionRecords.IndicatorValue;
import org.entente.actions.action.ActionRecords.Milestone;
import org.entente.platform.domain.Refusal;

/**
 * The workflow, progress and detail rules, in one place. A move the workflow forbids is
 * refused with where the item can go; a move that lacks what it needs (a reason, 100%, finished
 * dependencies) says what is missing and how to override where overriding is allowed.
 */
final class ActionRules {

    private ActionRules() {
    }

    static void checkMove(ActionItem item, ActionStatus to, String reason, String override,
                          List<String> pendingDependencies) {
        ActionStatus from = item.status();
        if (to == from) {
            throw forbidden(item, to, "The item is already " + to + ".");
        }
        if (!from.next().contains(to)) {
            throw forbidden(item, to, "Cannot move from " + from + " to " + to + ". "
                    + (from.next().isEmpty() ? from + " is final." : "From " + from + " it can move to " + from.next() + "."));
        }
        if ((to == ActionStatus.BLOCKED || to == ActionStatus.CANCELLED) && isBlank(reason)) {
            throw Refusal.missing("reason", "say why the item is " + to.name().toLowerCase());
        }
        if (!isBlank(override)) {
            return;
        }
        if (to == ActionStatus.DONE && item.workflow().percentComplete() < 100) {
            throw Refusal.missing("override", "the item is " + item.workflow().percentComplete()
                    + "% complete; record progress to 100% first, or give the reason to close it anyway in override");
        }
        if (to == ActionStatus.IN_PROGRESS && !pendingDependencies.isEmpty()) {
            throw new Refusal(Refusal.Reason.CONFLICT, "Dependencies not done",
                    "The item depends on " + String.join(", ", pendingDependencies) + ", not done yet; finish "
                            + (pendingDependencies.size() == 1 ? "it" : "them")
                            + " first, or give the reason to start anyway in override.")
                    .with("pendingDependencies", pendingDependencies);
        }
    }

    /** Whether the move passes a guard only thanks to its override (so the override is recorded). */
    static boolean overrideNeeded(ActionItem item, ActionStatus to, List<String> pendingDependencies) {
        return (to == ActionStatus.DONE && item.workflow().percentComplete() < 100)
                || (to == ActionStatus.IN_PROGRESS && !pendingDependencies.isEmpty());
    }

    static void checkCancellable(ActionItem item) {
        if (!item.status().isOpen()) {
            throw forbidden(item, ActionStatus.CANCELLED, "A " + item.status() + " item cannot be cancelled.");
        }
    }

    /** An entry reports something; the item is open and its log not full; it names the item's own indicators and milestones. */
    static void checkProgress(ActionItem item, String note, Integer percent, List<IndicatorValue> values,
                              List<String> milestonesReached) {
        if (isBlank(note) && percent == null && values.isEmpty() && milestonesReached.isEmpty()) {
            throw Refusal.invalid("note", "an entry needs a note, a percentComplete, indicatorValues or milestonesReached");
        }
        if (!item.status().isOpen()) {
            throw new Refusal(Refusal.Reason.CONFLICT, "Item closed",
                    "The item is " + item.status() + "; its progress log takes no more entries.");
        }
        if (item.workflow().progress().size() >= ActionItem.MAX_PROGRESS_ENTRIES) {
            throw new Refusal(Refusal.Reason.CONFLICT, "Progress log full", "The item already has "
                    + ActionItem.MAX_PROGRESS_ENTRIES + " progress entries; split the work into new items.");
        }
        List<String> declared = item.details().indicators().stream().map(Indicator::name).toList();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String name = values.get(i).name();
            if (!declared.contains(name)) {
                throw Refusal.missing("indicatorValues[" + i + "].name", "\"" + name
                        + "\" is not an indicator of this item; its indicators are " + declared);
            }
            if (!seen.add(name)) {
                throw Refusal.invalid("indicatorValues[" + i + "].name", "\"" + name + "\" is given twice");
            }
        }
        List<String> titles = item.details().milestones().stream().map(Milestone::title).toList();
        for (int i = 0; i < milestonesReached.size(); i++) {
            if (!titles.contains(milestonesReached.get(i))) {
                throw Refusal.missing("milestonesReached[" + i + "]", "\"" + milestonesReached.get(i)
                        + "\" is not a milestone of this item; its milestones are " + titles);
            }
        }
    }

    /** Rules across fields of the details, which the request's annotations cannot express. */
    static void checkDetails(ActionItem.Details details) {
        if (details.startDate() != null && details.dueDate() != null && details.dueDate().isBefore(details.startDate())) {
            throw Refusal.invalid("dueDate", "must not be before startDate (" + details.startDate() + ")");
        }
        List<String> problems = new ArrayList<>();
        duplicates(details.milestones().stream().map(Milestone::title).toList(), "milestones", "title", problems);
        duplicates(details.indicators().stream().map(Indicator::name).toList(), "indicators", "name", problems);
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems.get(0), "appears twice; each must be unique within the item");
        }
        for (int i = 0; i < details.indicators().size(); i++) {
            Indicator indicator = details.indicators().get(i);
            if (indicator.baselineDate() != null && indicator.baseline() == null) {
                throw Refusal.invalid("indicators[" + i + "].baselineDate", "needs a baseline: the value measured on that date");
            }
        }
    }

    private static void duplicates(List<String> values, String list, String field, List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (!seen.add(values.get(i))) {
                problems.add(list + "[" + i + "]." + field);
            }
        }
    }

    private static Refusal forbidden(ActionItem item, ActionStatus to, String detail) {
        return Refusal.forbiddenMove(detail)
                .with("from", item.status()).with("to", to).with("allowed", item.status().next());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
