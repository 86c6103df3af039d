package org.entente.actions.deadline;

import java.time.Clock;
import java.time.LocalDate;

import org.entente.actions.action.ActionItem;
import org.entente.actions.action.ActionQueries;
import org.entente.platform.outbox.AggregateStore;
import org.entente.platform.outbox.Change;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Once a day: open items nearing their due date are announced ({@code entente.deadlines.due-soon-days},
 * 7 and 1 days ahead by default) and those past it are announced overdue. Each notice is recorded in
 * the item with its event in one write, keyed by due date and threshold, so a second run (or another
 * instance, despite the lock) finds nothing left to do, and a new due date gets its own reminders.
 */
@Component
@EnableConfigurationProperties(DeadlineSettings.class)
class ActionDeadlineJob {

    private static final Logger log = LoggerFactory.getLogger(ActionDeadlineJob.class);

    /** What one run did. */
    record Result(int dueSoon, int overdue) {
    }

    private final ActionQueries queries;
    private final AggregateStore<ActionItem> actions;
    private final DeadlineSettings settings;
    private final Clock clock;

    ActionDeadlineJob(ActionQueries queries, AggregateStore<ActionItem> actions, Clock clock, DeadlineSettings settings) {
        this.queries = queries;
        this.actions = actions;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(cron = "#{@'" + DeadlineSettings.BEAN + "'.cron()}", zone = "#{@'" + DeadlineSettings.BEAN + "'.zone().id}")
    @SchedulerLock(name = "action-deadlines", lockAtLeastFor = "PT1M")
    void daily() {
        Result result = run(LocalDate.now(clock.withZone(settings.zone())));
        log.info("Deadline job: {} due-soon and {} overdue notice(s) sent", result.dueSoon(), result.overdue());
    }

    Result run(LocalDate today) {
        int dueSoon = 0;
        int overdue = 0;
        for (ActionItem item : queries.openDueBefore(today.plusDays(settings.dueSoon().largest() + 1))) {
            if (item.deadlineNoticeIfDue(today, settings.dueSoon(), clock.instant()).isEmpty()) {
                continue;
            }
            ActionItem noticed = actions.change(item.id(), null, current ->
                    current.deadlineNoticeIfDue(today, settings.dueSoon(), clock.instant()).orElseGet(() -> Change.none(current)));
            if (noticed.version() != item.version()) {
                if (noticed.details().dueDate().isBefore(today)) {
                    overdue++;
                } else {
                    dueSoon++;
                }
            }
        }
        return new Result(dueSoon, overdue);
    }
}
