package org.entente.agreements.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.entente.events.EventCatalog;
import org.entente.events.agreement.AgreementNoticeDue;
import org.entente.events.agreement.AgreementRenewalDecided;
import org.entente.platform.domain.NoticeThresholds;
import org.entente.platform.domain.Refusal;
import org.entente.platform.outbox.Change;
import org.junit.jupiter.api.Test;

/** The renewal notice on its own: the deadline, its reminders, its lapse and the decision. No Spring, no Mongo. */
class RenewalNoticeRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 20);
    private static final Instant NOW = Instant.parse("2025-11-20T09:00:00Z");
    private static final NoticeThresholds SETTINGS = new NoticeThresholds(List.of(30, 7, 0));
    /** Expires 2026-06-30 with 90 days' notice: the deadline is 2026-04-01. */
    private static final LocalDate EXPIRES_ON = LocalDate.of(2026, 6, 30);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 4, 1);

    @Test
    void theNoticeDeadlineIsTheExpiryDateMinusTheNoticePeriod() {
        Agreement agreement = active(EXPIRES_ON, 90);

        assertThat(agreement.noticeDeadline()).isEqualTo(DEADLINE);
        assertThat(agreement.snapshot().noticeDeadline()).isEqualTo(DEADLINE);
        assertThat(AgreementView.of(agreement).noticeDeadline()).isEqualTo(DEADLINE);
    }

    @Test
    void withoutANoticePeriodThereIsNoDeadlineAndNoReminder() {
        Agreement agreement = active(EXPIRES_ON, null);

        assertThat(agreement.noticeDeadline()).isNull();
        assertThat(agreement.noticeDueIfDue(SETTINGS, DEADLINE, NOW)).isEmpty();
    }

    @Test
    void eachThresholdIsAnnouncedOnceThirtyAndSevenDaysAheadAndOnTheDay() {
        Agreement agreement = active(EXPIRES_ON, 90);
        List<Integer> announced = new ArrayList<>();

        for (LocalDate day = DEADLINE.minusDays(40); !day.isAfter(DEADLINE); day = day.plusDays(1)) {
            var due = agreement.noticeDueIfDue(SETTINGS, day, NOW);
            if (due.isPresent()) {
                announced.add(((AgreementNoticeDue) due.get().events().get(0).payload()).daysBefore());
                agreement = due.get().aggregate();
            }
        }

        assertThat(announced).containsExactly(30, 7, 0);
    }

    @Test
    void aJobThatMissedDaysSendsTheNearestReminderOnly() {
        Agreement agreement = active(EXPIRES_ON, 90);

        Change<Agreement> late = agreement.noticeDueIfDue(SETTINGS, DEADLINE.minusDays(3), NOW).orElseThrow();

        AgreementNoticeDue notice = (AgreementNoticeDue) late.events().get(0).payload();
        assertThat(notice.daysBefore()).isEqualTo(7);
        assertThat(notice.daysLeft()).isEqualTo(3);
        assertThat(notice.noticeDeadline()).isEqualTo(DEADLINE);
        assertThat(late.aggregate().noticeDueIfDue(SETTINGS, DEADLINE.minusDays(2), NOW)).isEmpty();
    }

    @Test
    void anAgreementsOwnRemindersReplaceTheSettings() {
        Agreement agreement = active(EXPIRES_ON, 90).remindNoticeAt(List.of(60), NOW).aggregate();

        Agreement reminded = agreement.noticeDueIfDue(SETTINGS, DEADLINE.minusDays(60), NOW).orElseThrow().aggregate();

        assertThat(agreement.noticeDueIfDue(SETTINGS, DEADLINE.minusDays(61), NOW)).isEmpty();
        assertThat(reminded.noticeDueIfDue(SETTINGS, DEADLINE.minusDays(30), NOW)).isEmpty(); // not the settings' 30
    }

    @Test
    void ownRemindersMustBeZeroToAYearAhead() {
        Agreement agreement = active(EXPIRES_ON, 90);

        assertThatThrownBy(() -> agreement.remindNoticeAt(List.of(30, -1), NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.getMessage())
                        .startsWith("daysBefore: each reminder is 0 (on the day) to 366 days"));
        assertThatThrownBy(() -> agreement.remindNoticeAt(List.of(), NOW)).isInstanceOf(Refusal.class);
    }

    @Test
    void aDecisionStopsTheRemindersAndIsAnEvent() {
        Agreement agreement = active(EXPIRES_ON, 90);

        Change<Agreement> decided = agreement.decideRenewal(RenewalNotice.Choice.RENEGOTIATE, "new strand", "claire", NOW);

        assertThat(decided.events()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(EventCatalog.AGREEMENT_RENEWAL_DECIDED);
            assertThat(((AgreementRenewalDecided) event.payload()).decision()).isEqualTo("RENEGOTIATE");
        });
        assertThat(decided.aggregate().renewalNotice().decision().by()).isEqualTo("claire");
        assertThat(decided.aggregate().noticeDueIfDue(SETTINGS, DEADLINE, NOW)).isEmpty();
        assertThat(decided.aggregate().noticeLapseIfDue(DEADLINE.plusDays(1), NOW)).isEmpty();
    }

    @Test
    void theSameDecisionAgainChangesNothing() {
        Agreement decided = active(EXPIRES_ON, 90).decideRenewal(RenewalNotice.Choice.RENEW, null, "claire", NOW)
                .aggregate();

        assertThat(decided.decideRenewal(RenewalNotice.Choice.RENEW, null, "marc", NOW).events()).isEmpty();
    }

    @Test
    void aDeadlinePassedUndecidedLapsesOnce() {
        Agreement agreement = active(EXPIRES_ON, 90);

        assertThat(agreement.noticeLapseIfDue(DEADLINE, NOW)).isEmpty(); // the day itself is still in time
        Change<Agreement> lapsed = agreement.noticeLapseIfDue(DEADLINE.plusDays(1), NOW).orElseThrow();

        assertThat(lapsed.events().get(0).type()).isEqualTo(EventCatalog.AGREEMENT_NOTICE_LAPSED);
        assertThat(lapsed.aggregate().renewalNotice().lapsed()).isTrue();
        assertThat(lapsed.aggregate().noticeLapseIfDue(DEADLINE.plusDays(2), NOW)).isEmpty();
    }

    @Test
    void aRenewalArmsANewUndecidedNotice() {
        Agreement decided = active(EXPIRES_ON, 90).decideRenewal(RenewalNotice.Choice.RENEW, null, "claire", NOW)
                .aggregate();

        Agreement renewed = decided.renew(EXPIRES_ON.plusYears(3), null, TODAY, NOW).aggregate();

        assertThat(renewed.noticeDeadline()).isEqualTo(DEADLINE.plusYears(3));
        assertThat(renewed.renewalNotice().decision()).isNull();
        assertThat(renewed.renewalNotice().remindersSent()).isEmpty();
    }

    @Test
    void aDecisionNeedsARunningAgreementWithAnExpiryDate() {
        Agreement withoutExpiry = active(null, 90);
        Agreement draft = Agreement.register(details(EXPIRES_ON, 90), NOW, "claire").aggregate();

        assertThatThrownBy(() -> withoutExpiry.decideRenewal(RenewalNotice.Choice.RENEW, null, "claire", NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal ->
                        assertThat(refusal.reason()).isEqualTo(Refusal.Reason.MISSING_DETAIL));
        assertThatThrownBy(() -> draft.decideRenewal(RenewalNotice.Choice.RENEW, null, "claire", NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal ->
                        assertThat(refusal.reason()).isEqualTo(Refusal.Reason.FORBIDDEN_MOVE));
    }

    private static Agreement active(LocalDate expiresOn, Integer noticeDays) {
        return Agreement.register(details(expiresOn, noticeDays), NOW, "claire").aggregate()
                .startNegotiation(null, TODAY, NOW).aggregate()
                .sign(TODAY.minusDays(30), null, TODAY, NOW).aggregate()
                .activate(TODAY.minusDays(30), TODAY, NOW).aggregate();
    }

    private static Agreement.Details details(LocalDate expiresOn, Integer noticeDays) {
        List<Party> parties = List.of(party("org-1", "Jean Dupont"), party("org-2", "Darkhan Zhazykbay"));
        return new Agreement.Details("INSP-KZ-2025-01", AgreementKind.MOU, Map.of("fr", "Mémorandum", "en", "Memorandum"), null, List.of(),
                parties, null, null, null, expiresOn, noticeDays, Confidentiality.INTERNAL, null);
    }

    private static Party party(String organizationId, String signatory) {
        return new Party(organizationId, "Organization " + organizationId, "FR", PartyRole.SIGNATORY,
                new Party.Signatory(signatory, "Director"));
    }
}
