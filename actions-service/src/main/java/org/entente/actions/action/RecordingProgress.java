package org.entente.actions.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.entente.actions.action.ActionRecords.IndicatorValue;
import org.entente.actions.action.ActionRecords.ProgressEntry;
import org.entente.platform.outbox.AggregateStore;
import org.entente.platform.security.Caller;
import org.entente.platform.security.Role;
import org.entente.platform.web.ProblemException;
import org.springframework.stereotype.Component;

/**
 * A manager or the item's owner records progress (the API, the demo load): a note, the percent,
 * indicators' totals so far and milestones reached today. The author is the caller.
 */
@Component
public class RecordingProgress {

    /** What one entry reports; at least one of them. */
    public record Report(String note, Integer percentComplete, List<IndicatorValue> indicatorValues,
                         List<String> milestonesReached) {
    }

    private final AggregateStore<ActionItem> actions;
    private final Clock clock;

    RecordingProgress(AggregateStore<ActionItem> actions, Clock clock) {
        this.actions = actions;
        this.clock = clock;
    }

    /** @return the item as stored, its new entry last in its log */
    public ActionItem record(String id, Long clientVersion, Report report) {
        LocalDate today = LocalDate.now(clock);
        Caller caller = Caller.current();
        return actions.change(id, clientVersion, current -> {
            if (!caller.hasAny(Role.MANAGER) && !caller.isSystem()
                    && (current.details().owner() == null || !current.details().owner().is(caller.subject()))) {
                throw ProblemException.forbidden("Only a manager or the item's owner (owner.userId) may record its progress.");
            }
            return current.recordProgress(caller.name(), report.note(), report.percentComplete(),
                    report.indicatorValues(), report.milestonesReached(), today, clock.instant());
        });
    }

    static ProgressEntry latestEntry(ActionItem item) {
        return item.workflow().progress().get(item.workflow().progress().size() - 1);
    }
}
