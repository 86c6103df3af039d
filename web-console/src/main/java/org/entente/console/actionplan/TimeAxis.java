package org.entente.console.actionplan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The layout of a plan's time axis, drawn as SVG by the plan page: one row per dated item, a bar
 * from its start to its due date (a point when it has only one of them), its milestones as
 * points, a tick at the first of a month (every month, or every few on a long plan) and a line at today.
 * Pure arithmetic, so positions and the today line are tested without a server; which items are
 * late comes with each item from actions-service.
 */
public record TimeAxis(int width, int height, LocalDate from, LocalDate to, Integer todayX, List<Tick> ticks,
                       List<Row> rows) {

    public static final int WIDTH = 960;
    /** The left column holds the items' references. */
    public static final int LABEL_WIDTH = 120;
    public static final int HEADER = 28;
    public static final int ROW_HEIGHT = 28;
    public static final int BAR_HEIGHT = 14;
    /** The room a month's label ("Sep 2026") needs. */
    static final int TICK_LABEL_WIDTH = 64;

    public record Tick(int x, String label) {
    }

    public record Point(int x, String title, boolean reached) {
    }

    /**
     * One item: its bar from {@code x} over {@code width} (width 0: a single date, drawn as a point).
     */
    public record Row(ActionItem item, int y, int x, int width, List<Point> milestones) {

        public int barY() {
            return y + (ROW_HEIGHT - BAR_HEIGHT) / 2;
        }

        public int labelY() {
            return y + ROW_HEIGHT / 2 + 5;
        }

        public int midY() {
            return y + ROW_HEIGHT / 2;
        }
    }

    public static TimeAxis of(List<ActionItem> items, LocalDate today, Locale locale) {
        List<ActionItem> dated = items.stream().filter(item -> item.startDate() != null || item.dueDate() != null).toList();
        if (dated.isEmpty()) {
            return new TimeAxis(WIDTH, HEADER, today, today, null, List.of(), List.of());
        }
        LocalDate first = today;
        LocalDate last = today;
        for (ActionItem item : dated) {
            for (LocalDate date : dates(item)) {
                first = date.isBefore(first) ? date : first;
                last = date.isAfter(last) ? date : last;
            }
        }
        LocalDate from = first.withDayOfMonth(1);
        LocalDate to = last.withDayOfMonth(1).plusMonths(1);
        Scale scale = new Scale(from, to);
        List<Row> rows = new ArrayList<>();
        int y = HEADER;
        for (ActionItem item : dated) {
            LocalDate start = item.startDate() != null ? item.startDate() : item.dueDate();
            LocalDate due = item.dueDate() != null ? item.dueDate() : item.startDate();
            int x = scale.x(start);
            List<Point> milestones = item.milestones().stream().filter(milestone -> milestone.dueDate() != null)
                    .map(milestone -> new Point(scale.x(milestone.dueDate()), milestone.title(), milestone.reachedOn() != null))
                    .toList();
            rows.add(new Row(item, y, x, Math.max(scale.x(due) - x, 0), milestones));
            y += ROW_HEIGHT;
        }
        // A tick every month, or every few months when a month is narrower than its label.
        long months = ChronoUnit.MONTHS.between(from, to);
        int step = Math.max(1, (int) Math.ceil(months * TICK_LABEL_WIDTH / (double) (WIDTH - LABEL_WIDTH - 10)));
        DateTimeFormatter label = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        List<Tick> ticks = new ArrayList<>();
        for (LocalDate month = from; month.isBefore(to); month = month.plusMonths(step)) {
            ticks.add(new Tick(scale.x(month), label.format(month)));
        }
        return new TimeAxis(WIDTH, y + 4, from, to, scale.x(today), ticks, rows);
    }

    private static List<LocalDate> dates(ActionItem item) {
        List<LocalDate> dates = new ArrayList<>();
        if (item.startDate() != null) {
            dates.add(item.startDate());
        }
        if (item.dueDate() != null) {
            dates.add(item.dueDate());
        }
        item.milestones().stream().map(ActionItem.Milestone::dueDate).filter(date -> date != null).forEach(dates::add);
        return dates;
    }

    /** Days to pixels between the label column and the right edge. */
    private record Scale(LocalDate from, LocalDate to) {

        int x(LocalDate date) {
            double days = Math.max(ChronoUnit.DAYS.between(from, to), 1);
            double offset = ChronoUnit.DAYS.between(from, date);
            return LABEL_WIDTH + (int) Math.round(offset / days * (WIDTH - LABEL_WIDTH - 10));
        }
    }
}
