package org.entente.console.actionplan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.entente.console.form.FormPost;

/**
 * An action item's form: its inputs are named after the fields of actions-service's request
 * ({@code owner.name}, {@code indicators[0].target}), so the service's field errors land on them.
 */
final class ItemForm {

    static final List<String> CATEGORIES = List.of("TRAINING", "STUDY_VISIT", "SEMINAR", "EXCHANGE_OF_EXPERTS",
            "PROGRAMME_ADMISSION", "RESEARCH", "EVENT", "OTHER");
    /** Empty rows offered for new indicators and milestones, below the item's own. */
    static final int SPARE_ROWS = 2;
    /** Hidden inputs carry the values the user started from, to tell what changed meanwhile. */
    static final String BASE = "base.";

    private ItemForm() {
    }

    static Map<String, String> of(ActionItem item) {
        Map<String, String> form = new HashMap<>();
        form.put("reference", item.reference());
        form.put("title", item.title());
        form.put("description", item.description());
        form.put("category", item.category());
        if (item.owner() != null) {
            form.put("owner.name", item.owner().name());
            form.put("owner.email", item.owner().email());
            form.put("owner.userId", item.owner().userId());
        }
        form.put("startDate", item.startDate() == null ? null : item.startDate().toString());
        form.put("dueDate", item.dueDate() == null ? null : item.dueDate().toString());
        form.put("weight", item.weight() == null ? null : String.valueOf(item.weight()));
        for (int row = 0; row < item.indicators().size(); row++) {
            ActionItem.Indicator indicator = item.indicators().get(row);
            form.put(indicator(row, "name"), indicator.name());
            form.put(indicator(row, "unit"), indicator.unit());
            form.put(indicator(row, "target"), indicator.target() == null ? null : plain(indicator.target()));
            form.put(indicator(row, "baseline"), indicator.baseline() == null ? null : plain(indicator.baseline()));
            form.put(indicator(row, "baselineDate"), indicator.baselineDate() == null ? null
                    : indicator.baselineDate().toString());
        }
        for (int row = 0; row < item.milestones().size(); row++) {
            ActionItem.Milestone milestone = item.milestones().get(row);
            form.put(milestone(row, "title"), milestone.title());
            form.put(milestone(row, "dueDate"), milestone.dueDate() == null ? null : milestone.dueDate().toString());
        }
        form.put("version", String.valueOf(item.version()));
        return form;
    }

    /** An edit form: the item's values, and the same again as hidden {@code base.} inputs, to tell later what changed meanwhile. */
    static Map<String, String> editing(ActionItem item) {
        Map<String, String> values = of(item);
        Map<String, String> form = new HashMap<>(values);
        values.forEach((field, value) -> {
            if (!field.equals("version")) {
                form.put(BASE + field, value);
            }
        });
        return form;
    }

    /**
     * After a 412: the form to show again, with the user's own changes kept, what they left alone
     * taking the item's current value, and the current version and base, so saving again applies
     * theirs on top of what changed meanwhile.
     */
    static Map<String, String> reapplied(Map<String, String> submitted, ActionItem current) {
        Map<String, String> now = editing(current);
        Map<String, String> retry = new HashMap<>(submitted);
        now.forEach((field, value) -> {
            if (field.startsWith(BASE) || field.equals("version")) {
                retry.put(field, value);
            } else if (Objects.equals(FormPost.blankToNull(submitted.get(field)), FormPost.blankToNull(submitted.get(BASE + field)))) {
                retry.put(field, value);
            }
        });
        return retry;
    }

    /** The fields someone else changed between the form's base and the item as it is now, with their new values. */
    static Map<String, String> changedMeanwhile(Map<String, String> submitted, ActionItem current) {
        Map<String, String> changed = new TreeMap<>();
        of(current).forEach((field, value) -> {
            if (!field.equals("version") && !Objects.equals(FormPost.blankToNull(value), FormPost.blankToNull(submitted.get(BASE + field)))) {
                changed.put(field, value);
            }
        });
        return changed;
    }

    /** How many indicator rows the form shows: the item's own and a few spare. */
    static int indicatorRows(Map<String, String> form) {
        return rows(form, "indicators[", "].name");
    }

    static int milestoneRows(Map<String, String> form) {
        return rows(form, "milestones[", "].title");
    }

    /** The body of POST /api/agreements/{id}/actions and PUT /api/actions/{id}; empty rows are left out. */
    static Map<String, Object> body(Map<String, String> form, List<String> dependsOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", FormPost.blankToNull(form.get("reference")));
        body.put("title", FormPost.blankToNull(form.get("title")));
        body.put("description", FormPost.blankToNull(form.get("description")));
        body.put("category", FormPost.blankToNull(form.get("category")));
        String ownerName = FormPost.blankToNull(form.get("owner.name"));
        String ownerEmail = FormPost.blankToNull(form.get("owner.email"));
        String ownerUser = FormPost.blankToNull(form.get("owner.userId"));
        if (ownerName != null || ownerEmail != null || ownerUser != null) {
            Map<String, String> owner = new LinkedHashMap<>();
            owner.put("name", ownerName);
            owner.put("email", ownerEmail);
            owner.put("userId", ownerUser);
            body.put("owner", owner);
        }
        body.put("startDate", FormPost.blankToNull(form.get("startDate")));
        body.put("dueDate", FormPost.blankToNull(form.get("dueDate")));
        // Sent as typed: the service names a weight or a target that is not a number.
        body.put("weight", FormPost.blankToNull(form.get("weight")));
        List<Map<String, String>> indicators = new ArrayList<>();
        for (int row = 0; row < indicatorRows(form); row++) {
            Map<String, String> indicator = new LinkedHashMap<>();
            indicator.put("name", FormPost.blankToNull(form.get(indicator(row, "name"))));
            indicator.put("unit", FormPost.blankToNull(form.get(indicator(row, "unit"))));
            indicator.put("target", FormPost.blankToNull(form.get(indicator(row, "target"))));
            indicator.put("baseline", FormPost.blankToNull(form.get(indicator(row, "baseline"))));
            indicator.put("baselineDate", FormPost.blankToNull(form.get(indicator(row, "baselineDate"))));
            if (indicator.values().stream().anyMatch(value -> value != null)) {
                indicators.add(indicator);
            }
        }
        body.put("indicators", indicators);
        List<Map<String, String>> milestones = new ArrayList<>();
        for (int row = 0; row < milestoneRows(form); row++) {
            Map<String, String> milestone = new LinkedHashMap<>();
            milestone.put("title", FormPost.blankToNull(form.get(milestone(row, "title"))));
            milestone.put("dueDate", FormPost.blankToNull(form.get(milestone(row, "dueDate"))));
            if (milestone.values().stream().anyMatch(value -> value != null)) {
                milestones.add(milestone);
            }
        }
        body.put("milestones", milestones);
        body.put("dependsOn", dependsOn == null ? List.of() : dependsOn);
        return body;
    }

    static String indicator(int row, String field) {
        return "indicators[" + row + "]." + field;
    }

    static String milestone(int row, String field) {
        return "milestones[" + row + "]." + field;
    }

    private static int rows(Map<String, String> form, String prefix, String suffix) {
        // Rows up to the last one with a value, then the spare ones (a resubmitted form does not grow).
        int filled = 0;
        for (int row = 0; row < 20; row++) {
            if (FormPost.blankToNull(form.get(prefix + row + suffix)) != null) {
                filled = row + 1;
            }
        }
        return Math.min(filled + SPARE_ROWS, 20);
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
