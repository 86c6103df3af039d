package org.entente.agreements.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.entente.platform.domain.NoticeThresholds;
import org.entente.platform.domain.Refusal;

/**
 * The renewal notice of the current term. Many agreements renew tacitly unless a party gives
 * notice some days before expiry, so the date that matters is the notice deadline (expiry minus
 * {@code renewalNoticeDays}). Kept here: the agreement's own reminder thresholds (null: the
 * settings'), the reminders already announced, whether the deadline passed undecided, and the
 * decision taken for the coming term.
 */
public record RenewalNotice(List<Integer> reminderDays, List<Integer> remindersSent, boolean lapsed,
                            Decision decision) {

    /** The most reminders an agreement may ask for, and the furthest ahead (a year). */
    static final int MOST_REMINDERS = 10;
    static final int FURTHEST_REMINDER_DAYS = 366;

    /** What the parties mean to do at the end of the term. */
    public enum Choice {
        RENEW, LET_EXPIRE, RENEGOTIATE
    }

    /** A decision on the coming term: what, why, when and by whom (a token subject). */
    public record Decision(Choice choice, String note, Instant at, String by) {
    }

    /** An agreement's own reminders: at most ten, each from 0 (on the day) to a year ahead. */
    static void checkReminderDays(List<Integer> days) {
        if (days == null) {
            return;
        }
        if (days.isEmpty() || days.size() > MOST_REMINDERS) {
            throw Refusal.invalid("daysBefore", "between 1 and " + MOST_REMINDERS
                    + " reminders, or null to follow the settings");
        }
        if (days.stream().anyMatch(day -> day == null || day < 0 || day > FURTHEST_REMINDER_DAYS)) {
            throw Refusal.invalid("daysBefore", "each reminder is 0 (on the day) to " + FURTHEST_REMINDER_DAYS
                    + " days before the notice deadline");
        }
    }

    static RenewalNotice none() {
        return new RenewalNotice(null, List.of(), false, null);
    }

    /** The notice deadline of these details: their expiry date minus the notice period, null without both. */
    static LocalDate deadline(Agreement.Details details) {
        return details.expiresOn() == null || details.renewalNoticeDays() == null ? null
                : details.expiresOn().minusDays(details.renewalNoticeDays());
    }

    /** The reminders this agreement follows: its own, else the settings'. */
    NoticeThresholds thresholds(NoticeThresholds defaults) {
        return reminderDays == null ? defaults : new NoticeThresholds(reminderDays);
    }

    boolean decided() {
        return decision != null;
    }

    /** A new deadline (a renewal, a new expiry date or notice period): reminders armed again, undecided. */
    RenewalNotice rearmed() {
        return new RenewalNotice(reminderDays, List.of(), false, null);
    }

    RenewalNotice remindersSent(List<Integer> sent) {
        return new RenewalNotice(reminderDays, sent, lapsed, decision);
    }

    RenewalNotice lapsedUndecided() {
        return new RenewalNotice(reminderDays, remindersSent, true, decision);
    }

    RenewalNotice decided(Decision newDecision) {
        return new RenewalNotice(reminderDays, remindersSent, lapsed, newDecision);
    }

    RenewalNotice remindedAt(List<Integer> days) {
        return new RenewalNotice(days == null ? null : days.stream().distinct().sorted().toList(), remindersSent,
                lapsed, decision);
    }
}
