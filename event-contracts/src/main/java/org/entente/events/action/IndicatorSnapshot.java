package org.entente.events.action;

/** One indicator of an action item: what is counted, in which unit, the target (null if none set) and the actual. */
public record IndicatorSnapshot(String name, String unit, Double target, double actual) {
}
