package org.entente.agreements.agreement;

import java.time.Clock;
import java.time.LocalDate;

import org.entente.platform.domain.NoticeThresholds;
import org.entente.platform.outbox.AggregateStore;
import org.entente.platform.outbox.Change;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Once a day: active agreements past their expiry date become EXPIRED, agreements
 * nearing it are announced 90, 30 and 7 days ahead, and renewal notice deadlines are announced
 * ahead (by default 30 and 7 days and on the day) and, once passed undecided, said to have lapsed. Each fact is recorded in the agreement
 * with its event in one write, so a second run the same day (or on another instance,
 * despite the lock) finds nothing left to do.
 */
@Component
@EnableConfigurationProperties(ExpirySettings.class)
class AgreementExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(AgreementExpiryJob.class);

    /** What one run did. */
    record Result(int expired, int announced, int noticesDue, int noticesLapsed) {
    }

    private final AgreementQueries queries;
    private final AggregateStore<Agreement> agreements;
    private final Clock clock;
    private final ExpirySettings settings;

    AgreementExpiryJob(AgreementQueries queries, AggregateStore<Agreement> agreements, Clock clock,
                       ExpirySettings settings) {
        this.queries = queries;
        this.agreements = agreements;
        this.clock = clock;
        this.settings = settings;
    }

    @Scheduled(cron = "#{@'" + ExpirySettings.BEAN + "'.cron()}", zone = "#{@'" + ExpirySettings.BEAN + "'.zone().id}")
    @SchedulerLock(name = "agreement-expiry", lockAtLeastFor = "PT1M")
    void daily() {
        Result result = run(LocalDate.now(clock.withZone(settings.zone())));
        log.info("Expiry job: {} agreement(s) expired, {} expiry notice(s) sent, {} renewal notice reminder(s) sent, "
                + "{} notice deadline(s) lapsed", result.expired(), result.announced(), result.noticesDue(),
                result.noticesLapsed());
    }

    Result run(LocalDate today) {
        int expired = 0;
        int announced = 0;
        LocalDate horizon = today.plusDays(Agreement.EXPIRY_NOTICES.largest() + 1);
        for (Agreement agreement : queries.expiringBefore(horizon)) {
            if (agreement.expireIfDue(today, clock.instant()).isPresent()) {
                agreements.change(agreement.id(), null, current ->
                        current.expireIfDue(today, clock.instant()).orElseGet(() -> Change.none(current)));
                expired++;
            } else if (agreement.expiryNoticeIfDue(today, clock.instant()).isPresent()) {
                agreements.change(agreement.id(), null, current ->
                        current.expiryNoticeIfDue(today, clock.instant()).orElseGet(() -> Change.none(current)));
                announced++;
            }
        }
        int noticesDue = 0;
        int noticesLapsed = 0;
        NoticeThresholds reminders = settings.noticeReminders();
        // An agreement's own reminders may reach a year ahead of its deadline.
        for (Agreement agreement : queries.noticeDueBefore(today.plusDays(RenewalNotice.FURTHEST_REMINDER_DAYS + 1))) {
            if (agreement.noticeDueIfDue(reminders, today, clock.instant()).isPresent()) {
                agreements.change(agreement.id(), null, current -> current.noticeDueIfDue(reminders, today,
                        clock.instant()).orElseGet(() -> Change.none(current)));
                noticesDue++;
            } else if (agreement.noticeLapseIfDue(today, clock.instant()).isPresent()) {
                agreements.change(agreement.id(), null, current ->
                        current.noticeLapseIfDue(today, clock.instant()).orElseGet(() -> Change.none(current)));
                noticesLapsed++;
            }
        }
        return new Result(expired, announced, noticesDue, noticesLapsed);
    }
}
