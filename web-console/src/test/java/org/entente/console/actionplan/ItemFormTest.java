package org.entente.console.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ItemFormTest {

    @Test
    @SuppressWarnings("unchecked")
    void theBodyNamesTheServiceFieldsAndLeavesEmptyRowsOut() {
        Map<String, String> form = new HashMap<>();
        form.put("reference", " KZ-2 ");
        form.put("title", "Leadership training");
        form.put("category", "TRAINING");
        form.put("owner.userId", "marc");
        form.put("owner.name", "Marc Lefebvre");
        form.put("owner.email", "");
        form.put("dueDate", "2026-12-31");
        form.put("indicators[0].name", "senior officials trained");
        form.put("indicators[0].unit", "officials");
        form.put("indicators[0].target", "40");
        form.put("indicators[0].baseline", "4");
        form.put("indicators[0].baselineDate", "2024-12-31");
        form.put("indicators[1].name", "");
        form.put("milestones[0].title", "");

        Map<String, Object> body = ItemForm.body(form, List.of("id-1"));

        assertThat(body).containsEntry("reference", "KZ-2").containsEntry("dueDate", "2026-12-31")
                .containsEntry("startDate", null).containsEntry("dependsOn", List.of("id-1"));
        assertThat((Map<String, Object>) body.get("owner")).containsEntry("name", "Marc Lefebvre").containsEntry("userId", "marc")
                .containsEntry("email", null);
        assertThat((List<?>) body.get("indicators")).singleElement()
                .isEqualTo(Map.of("name", "senior officials trained", "unit", "officials", "target", "40",
                        "baseline", "4", "baselineDate", "2024-12-31"));
        assertThat((List<?>) body.get("milestones")).isEmpty();
    }

    @Test
    void noOwnerTypedSendsNoOwner() {
        Map<String, Object> body = ItemForm.body(Map.of("reference", "KZ-1", "owner.name", " "), null);
        assertThat(body).doesNotContainKey("owner").containsEntry("dependsOn", List.of());
    }

    @Test
    void anItemFillsItsFormWithSpareRowsThatDoNotGrowOnResubmission() {
        ActionItem item = new ActionItem("1", 4, "a", "KZ-2", "Leadership", null, "TRAINING",
                new ActionItem.Owner("Marc Lefebvre", null, "marc"), null, LocalDate.of(2026, 12, 31), 2, "PLANNED", 0,
                List.of(), List.of(new ActionItem.Indicator("senior officials trained", "officials", 40.0, 20, 4.0,
                        LocalDate.of(2024, 12, 31))),
                List.of(), null, List.of(), null, null);

        Map<String, String> form = ItemForm.of(item);

        assertThat(form).containsEntry("indicators[0].target", "40").containsEntry("indicators[0].baseline", "4")
                .containsEntry("indicators[0].baselineDate", "2024-12-31").containsEntry("owner.userId", "marc")
                .containsEntry("weight", "2").containsEntry("version", "4").containsEntry("dueDate", "2026-12-31");
        assertThat(ItemForm.indicatorRows(form)).isEqualTo(1 + ItemForm.SPARE_ROWS);
        Map<String, String> resubmitted = new HashMap<>(form);
        resubmitted.put("indicators[1].name", "");
        resubmitted.put("indicators[2].name", "");
        assertThat(ItemForm.indicatorRows(resubmitted)).isEqualTo(1 + ItemForm.SPARE_ROWS);
        assertThat(ItemForm.milestoneRows(form)).isEqualTo(ItemForm.SPARE_ROWS);
    }

    @Test
    void afterAConflictTheUsersChangesAreKeptAndWhatTheyLeftAloneTakesTheCurrentValue() {
        ActionItem read = item(3, "Leadership", "2026-12-31");
        Map<String, String> submitted = new HashMap<>(ItemForm.editing(read));
        submitted.put("title", "Leadership training for senior officials");
        // Meanwhile someone else moved the due date.
        ActionItem current = item(4, "Leadership", "2027-03-31");

        assertThat(ItemForm.changedMeanwhile(submitted, current)).containsExactly(Map.entry("dueDate", "2027-03-31"));
        Map<String, String> retry = ItemForm.reapplied(submitted, current);
        assertThat(retry).containsEntry("title", "Leadership training for senior officials")
                .containsEntry("dueDate", "2027-03-31").containsEntry("version", "4")
                .containsEntry("base.dueDate", "2027-03-31").containsEntry("base.title", "Leadership");
    }

    private static ActionItem item(long version, String title, String due) {
        return new ActionItem("1", version, "a", "KZ-2", title, null, "TRAINING", null, null, LocalDate.parse(due), 1,
                "PLANNED", 0, List.of(), List.of(), List.of(), null, List.of(), null, null);
    }
}
