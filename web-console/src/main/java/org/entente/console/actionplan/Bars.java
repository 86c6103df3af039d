package org.entente.console.actionplan;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart of indicators, actual against target, laid out for SVG: both bars of a row share
 * one scale, the largest value of the chart, so rows compare with each other. Pure arithmetic.
 */
public record Bars(int width, int height, List<Row> rows) {

    public static final int WIDTH = 720;
    public static final int LABEL_WIDTH = 260;
    public static final int ROW_HEIGHT = 44;
    public static final int BAR_HEIGHT = 14;
    /** Room on the right for the value written after the longer bar. */
    private static final int VALUE_ROOM = 120;

    /** One indicator: what it counts, and the widths of its actual and target bars (target 0 when none is set). */
    public record Row(String label, String unit, double actual, Double target, Double percentOfTarget, int y,
                      int actualWidth, int targetWidth) {

        public int targetY() {
            return y + BAR_HEIGHT + 2;
        }

        public int labelY() {
            return y + BAR_HEIGHT;
        }
    }

    public record Value(String label, String unit, double actual, Double target) {
    }

    public static Bars of(List<Value> values) {
        double largest = 0;
        for (Value value : values) {
            largest = Math.max(largest, value.actual());
            if (value.target() != null) {
                largest = Math.max(largest, value.target());
            }
        }
        int room = WIDTH - LABEL_WIDTH - VALUE_ROOM;
        List<Row> rows = new ArrayList<>();
        int y = 6;
        for (Value value : values) {
            Double percent = value.target() == null || value.target() == 0 ? null
                    : Math.round(value.actual() / value.target() * 1000) / 10.0;
            rows.add(new Row(value.label(), value.unit(), value.actual(), value.target(), percent, y,
                    width(value.actual(), largest, room), value.target() == null ? 0 : width(value.target(), largest, room)));
            y += ROW_HEIGHT;
        }
        return new Bars(WIDTH, y, rows);
    }

    /** Where the bars start, right of the labels. */
    public int barX() {
        return LABEL_WIDTH;
    }

    public int valueX(Row row) {
        return LABEL_WIDTH + Math.max(row.actualWidth(), row.targetWidth()) + 6;
    }

    private static int width(double value, double largest, int room) {
        return largest <= 0 ? 0 : (int) Math.round(value / largest * room);
    }
}
