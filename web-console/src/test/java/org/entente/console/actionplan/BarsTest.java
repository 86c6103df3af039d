package org.entente.console.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BarsTest {

    /** Right of the labels, less the room kept for the values. */
    private static final int ROOM = Bars.WIDTH - Bars.LABEL_WIDTH - 120;

    @Test
    void actualAndTargetShareTheScaleOfTheLargestValue() {
        Bars bars = Bars.of(List.of(new Bars.Value("officials trained", "officials", 20, 40.0),
                new Bars.Value("students admitted", "students", 10, null)));

        Bars.Row officials = bars.rows().get(0);
        assertThat(officials.targetWidth()).isEqualTo(ROOM);
        assertThat(officials.actualWidth()).isEqualTo(ROOM / 2);
        assertThat(officials.percentOfTarget()).isEqualTo(50.0);
        Bars.Row students = bars.rows().get(1);
        assertThat(students.actualWidth()).isEqualTo(ROOM / 4);
        assertThat(students.targetWidth()).as("no target, no target bar").isZero();
        assertThat(students.percentOfTarget()).isNull();
        assertThat(students.y()).isEqualTo(officials.y() + Bars.ROW_HEIGHT);
        assertThat(bars.valueX(officials)).isEqualTo(Bars.LABEL_WIDTH + ROOM + 6);
    }

    @Test
    void anActualBeyondItsTargetSetsTheScale() {
        Bars.Row row = Bars.of(List.of(new Bars.Value("managers trained", null, 60, 40.0))).rows().get(0);
        assertThat(row.actualWidth()).isEqualTo(ROOM);
        assertThat(row.targetWidth()).isEqualTo(Math.round(40 / 60.0 * ROOM));
        assertThat(row.percentOfTarget()).isEqualTo(150.0);
    }

    @Test
    void nothingCountedYetDrawsNoBarAndAZeroTargetNoPercent() {
        Bars.Row row = Bars.of(List.of(new Bars.Value("participants", null, 0, 0.0))).rows().get(0);
        assertThat(row.actualWidth()).isZero();
        assertThat(row.targetWidth()).isZero();
        assertThat(row.percentOfTarget()).isNull();
    }
}
