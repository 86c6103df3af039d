package org.entente.events.action;

import java.time.LocalDate;

import org.entente.events.AddedLater;

/**
 * One indicator of an action item: what is counted, in which unit, the target (null if none set)
 * and the actual; the baseline, the value it started from, and the date it was measured (each
 * null if none set, and absent from events published before they were carried).
 */
public record IndicatorSnapshot(String name, String unit, Double target, double actual, @AddedLater Double baseline,
                                @AddedLater LocalDate baselineDate) {
}
