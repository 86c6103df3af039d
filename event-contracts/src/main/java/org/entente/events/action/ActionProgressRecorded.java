package org.entente.events.action;

import java.util.List;

/**
 * Data of {@code entente.action.progress-recorded.v1}: an entry appended to the progress log.
 * {@code percentComplete} and {@code indicatorValues} are what the entry reported (null or empty
 * when it reported none); the snapshot shows the item's totals after it.
 */
public record ActionProgressRecorded(ActionSnapshot action, String entryId, String author, String note,
                                     Integer percentComplete, List<IndicatorValue> indicatorValues,
                                     List<String> milestonesReached) implements ActionEvent {

    /** An indicator's value as of the entry. */
    public record IndicatorValue(String name, double value) {
    }
}
