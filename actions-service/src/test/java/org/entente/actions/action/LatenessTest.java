package org.entente.actions.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Why an item is late, on its own: no broker, no database, no HTTP. */
class LatenessTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void anOpenItemPastItsDueDateIsOverdue() {
        ActionItem item = item("KZ-1", null, TODAY.minusDays(1), List.of());

        assertThat(Lateness.of(item, plan(item), TODAY)).isEqualTo(new Lateness(true, false, List.of()));
        assertThat(Lateness.of(item("KZ-1", null, TODAY, List.of()), Map.of(), TODAY))
                .as("due today is not late yet").isNull();
    }

    @Test
    void aBlockedItemIsLateAndSaysSo() {
        ActionItem blocked = item("KZ-1", null, TODAY.plusDays(10), List.of())
                .changeStatus(ActionStatus.BLOCKED, "No venue", null, List.of(), NOW).aggregate();

        assertThat(Lateness.of(blocked, plan(blocked), TODAY)).isEqualTo(new Lateness(false, true, List.of()));
    }

    @Test
    void aPlannedItemDueToStartWaitsOnTheDependenciesNotDone() {
        ActionItem first = item("KZ-1", null, TODAY.plusDays(30), List.of());
        ActionItem done = finished(item("KZ-0", null, TODAY.plusDays(30), List.of()));
        ActionItem waiting = item("KZ-2", TODAY, TODAY.plusDays(40), List.of(first.id(), done.id()));
        ActionItem notYet = item("KZ-3", TODAY.plusDays(1), TODAY.plusDays(40), List.of(first.id()));
        Map<String, ActionItem> plan = plan(first, done, waiting, notYet);

        assertThat(Lateness.of(waiting, plan, TODAY)).isEqualTo(new Lateness(false, false, List.of("KZ-1")));
        assertThat(Lateness.of(notYet, plan, TODAY)).as("it is not due to start yet").isNull();
    }

    @Test
    void aStartedItemDoesNotWaitAnyMore() {
        ActionItem first = item("KZ-1", null, TODAY.plusDays(30), List.of());
        ActionItem started = item("KZ-2", null, TODAY.plusDays(40), List.of(first.id()))
                .changeStatus(ActionStatus.IN_PROGRESS, null, "Sponsor asked", List.of("KZ-1"), NOW).aggregate();

        assertThat(Lateness.of(started, plan(first, started), TODAY)).isNull();
    }

    @Test
    void doneAndCancelledItemsAreNeverLate() {
        ActionItem done = finished(item("KZ-1", null, TODAY.minusDays(5), List.of()));
        ActionItem cancelled = item("KZ-2", null, TODAY.minusDays(5), List.of())
                .cancel("Dropped", false, NOW).aggregate();

        assertThat(Lateness.of(done, plan(done), TODAY)).isNull();
        assertThat(Lateness.of(cancelled, plan(cancelled), TODAY)).isNull();
    }

    private static ActionItem item(String reference, LocalDate start, LocalDate due, List<String> dependsOn) {
        return ActionItem.create("agreement-1", new ActionItem.Details(reference, "Train civil servants", null,
                ActionCategory.TRAINING, null, List.of(), start, due, 1, List.of(), List.of(), dependsOn), false, NOW)
                .aggregate();
    }

    private static ActionItem finished(ActionItem item) {
        ActionItem started = item.changeStatus(ActionStatus.IN_PROGRESS, null, null, List.of(), NOW).aggregate();
        ActionItem complete = started.recordProgress("Claire", null, 100, List.of(), List.of(), TODAY, NOW).aggregate();
        return complete.changeStatus(ActionStatus.DONE, null, null, List.of(), NOW).aggregate();
    }

    private static Map<String, ActionItem> plan(ActionItem... items) {
        return Stream.of(items).collect(Collectors.toMap(ActionItem::id, Function.identity()));
    }
}
