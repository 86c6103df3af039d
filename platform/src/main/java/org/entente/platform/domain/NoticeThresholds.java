package org.entente.platform.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reminders ahead of a date, at thresholds of days before it (90, 30, 7; or 30, 7, 0 for on the day):
 * the one algorithm behind an agreement's expiry and renewal notices and an action item's due-soon notices.
 * The nearest threshold reached is due unless already announced; announcing it marks the
 * larger ones announced too, so a job that missed days sends one notice, not a burst.
 */
public final class NoticeThresholds {

    private final List<Integer> daysBefore;

    public NoticeThresholds(Collection<Integer> daysBefore) {
        if (daysBefore.isEmpty() || daysBefore.stream().anyMatch(days -> days == null || days < 0)) {
            throw new IllegalArgumentException("notice thresholds are days ahead, each 0 (on the day) or more: " + daysBefore);
        }
        this.daysBefore = daysBefore.stream().distinct().sorted().toList();
    }

    public List<Integer> daysBefore() {
        return daysBefore;
    }

    /** The earliest reminder, in days ahead: how far ahead a job must look. */
    public int largest() {
        return daysBefore.get(daysBefore.size() - 1);
    }

    /** The nearest threshold reached with {@code daysLeft} to go, unless {@code announced} already. */
    public Optional<Integer> due(long daysLeft, Predicate<Integer> announced) {
        return daysBefore.stream().filter(days -> daysLeft <= days).findFirst().filter(announced.negate());
    }

    /** The thresholds that announcing {@code threshold} settles: it and every larger one. */
    public List<Integer> settledBy(int threshold) {
        return daysBefore.stream().filter(days -> days >= threshold).toList();
    }
}
