package org.entente.console.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class TimeAxisTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Test
    void barsRunFromStartToDueOnOneScaleBetweenWholeMonthsWithTodayMarked() {
        ActionItem first = item("1", "KZ-1", "IN_PROGRESS", "2026-01-01", "2026-03-01", List.of());
        ActionItem second = item("2", "KZ-2", "PLANNED", "2026-03-01", "2026-04-30", List.of());
        TimeAxis axis = axis(first, second);

        assertThat(axis.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(axis.to()).isEqualTo(LocalDate.of(2026, 5, 1));
        // 120 days from 1 January to 1 May over the 830 pixels right of the labels.
        TimeAxis.Row one = axis.rows().get(0);
        TimeAxis.Row two = axis.rows().get(1);
        assertThat(one.x()).isEqualTo(TimeAxis.LABEL_WIDTH);
        assertThat(one.x() + one.width()).isEqualTo(TimeAxis.LABEL_WIDTH + Math.round(59 / 120.0 * 830));
        assertThat(two.x()).as("the second starts where the first ends").isEqualTo(one.x() + one.width());
        assertThat(two.y()).isEqualTo(one.y() + TimeAxis.ROW_HEIGHT);
        assertThat(axis.todayX()).isEqualTo(two.x());
        assertThat(axis.ticks()).extracting(TimeAxis.Tick::label).containsExactly("Jan 2026", "Feb 2026", "Mar 2026", "Apr 2026");
        assertThat(axis.ticks().get(0).x()).isEqualTo(TimeAxis.LABEL_WIDTH);
        assertThat(axis.height()).isEqualTo(TimeAxis.HEADER + 2 * TimeAxis.ROW_HEIGHT + 4);
    }

    @Test
    void anItemWithOneDateIsAPointItsMilestonesArePointsAndUndatedItemsAreLeftOut() {
        ActionItem dueOnly = new ActionItem("1", 1, "a", "KZ-1", "t", null, "TRAINING", null, null,
                LocalDate.of(2026, 6, 15), 1, "PLANNED", 0,
                List.of(new ActionItem.Milestone("curriculum", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 28))),
                List.of(), List.of(), null, List.of(), null, null);
        ActionItem undated = item("2", "KZ-2", "PLANNED", null, null, List.of());
        TimeAxis axis = axis(dueOnly, undated);

        assertThat(axis.rows()).hasSize(1);
        TimeAxis.Row row = axis.rows().get(0);
        assertThat(row.width()).isZero();
        assertThat(row.milestones()).singleElement().satisfies(point -> {
            assertThat(point.reached()).isTrue();
            assertThat(point.x()).isLessThan(row.x());
        });
        assertThat(axis.from()).as("today widens the range").isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void aLongPlanIsTickedEveryFewMonthsSoTheLabelsDoNotOverlap() {
        TimeAxis axis = axis(item("1", "KZ-1", "PLANNED", "2026-01-10", "2027-12-20", List.of()));
        assertThat(axis.ticks()).hasSize(12);
        assertThat(axis.ticks().get(1).label()).isEqualTo("Mar 2026");
        for (int i = 1; i < axis.ticks().size(); i++) {
            assertThat(axis.ticks().get(i).x() - axis.ticks().get(i - 1).x()).isGreaterThanOrEqualTo(TimeAxis.TICK_LABEL_WIDTH);
        }
    }

    @Test
    void anEmptyPlanHasNoRowAndNoTodayLine() {
        TimeAxis axis = axis();
        assertThat(axis.rows()).isEmpty();
        assertThat(axis.todayX()).isNull();
    }

    private static TimeAxis axis(ActionItem... items) {
        return TimeAxis.of(List.of(items), TODAY, Locale.ENGLISH);
    }

    static ActionItem item(String id, String reference, String status, String start, String due, List<String> dependsOn) {
        return new ActionItem(id, 1, "a", reference, "title " + reference, null, "TRAINING", null,
                start == null ? null : LocalDate.parse(start), due == null ? null : LocalDate.parse(due), 1, status, 0,
                List.of(), List.of(), dependsOn, null, List.of(), null, null);
    }
}
