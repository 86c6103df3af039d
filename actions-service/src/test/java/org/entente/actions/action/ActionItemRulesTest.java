package org.entente.actions.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.entente.actions.action.ActionRecords.Indicator;
import org.entente.actions.action.ActionRecords.IndicatorValue;
import org.entente.actions.action.ActionRecords.Milestone;
import org.entente.events.EventCatalog;
import org.entente.platform.domain.Audit;
import org.entente.platform.domain.NoticeThresholds;
import org.entente.platform.domain.Refusal;
import org.entente.platform.outbox.Change;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An action item's rules on their own: no broker, no database, no HTTP. */
class ActionItemRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final NoticeThresholds DUE_SOON = new NoticeThresholds(List.of(7, 1));

    // --- the workflow

    @Test
    void aPlannedItemCannotBeDoneWithoutBeingStarted() {
        ActionItem planned = planned();

        assertThatThrownBy(() -> planned.changeStatus(ActionStatus.DONE, null, null, List.of(), NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.reason()).isEqualTo(Refusal.Reason.FORBIDDEN_MOVE);
                    assertThat(refusal.properties()).containsEntry("allowed", ActionStatus.PLANNED.next());
                });
    }

    @Test
    void aMoveToWhereTheItemIsAlreadyIsForbidden() {
        assertThatThrownBy(() -> planned().changeStatus(ActionStatus.PLANNED, null, null, List.of(), NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal ->
                        assertThat(refusal.getMessage()).isEqualTo("The item is already PLANNED."));
    }

    @ParameterizedTest
    @EnumSource(value = ActionStatus.class, names = {"BLOCKED", "CANCELLED"})
    void blockingAndCancellingNeedAReason(ActionStatus to) {
        assertThatThrownBy(() -> planned().changeStatus(to, " ", null, List.of(), NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.reason()).isEqualTo(Refusal.Reason.MISSING_DETAIL);
                    assertThat(refusal.getMessage()).startsWith("reason:");
                });
    }

    @Test
    void finishingNeedsAHundredPercent() {
        ActionItem started = started(99);

        assertThatThrownBy(() -> started.changeStatus(ActionStatus.DONE, null, null, List.of(), NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal ->
                        assertThat(refusal.getMessage()).startsWith("override: the item is 99% complete"));
        assertThat(started(100).changeStatus(ActionStatus.DONE, null, null, List.of(), NOW).aggregate().status())
                .isEqualTo(ActionStatus.DONE);
    }

    @Test
    void finishingBelowAHundredPercentWithAnOverrideRecordsTheOverride() {
        ActionItem done = started(50).changeStatus(ActionStatus.DONE, null, "Funding ended", List.of(), NOW).aggregate();

        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThat(done.workflow().statusHistory().get(done.workflow().statusHistory().size() - 1).override()).isEqualTo("Funding ended");
    }

    @Test
    void startingNeedsTheDependenciesDone() {
        assertThatThrownBy(() -> planned().changeStatus(ActionStatus.IN_PROGRESS, null, null, List.of("KZ-1"), NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.reason()).isEqualTo(Refusal.Reason.CONFLICT);
                    assertThat(refusal.properties()).containsEntry("pendingDependencies", List.of("KZ-1"));
                });
    }

    @Test
    void startingWithAnOverrideDoesNotWaitForTheDependencies() {
        ActionItem started = planned().changeStatus(ActionStatus.IN_PROGRESS, null, "Cohort starts anyway",
                List.of("KZ-1"), NOW).aggregate();

        assertThat(started.status()).isEqualTo(ActionStatus.IN_PROGRESS);
    }

    @Test
    void cancellingKeepsTheReasonAndCancellingAgainChangesNothing() {
        ActionItem cancelled = planned().cancel("Dropped", false, NOW).aggregate();

        Change<ActionItem> again = cancelled.cancel("Dropped twice", false, NOW);

        assertThat(cancelled.workflow().cancellationReason()).isEqualTo("Dropped");
        assertThat(again.events()).isEmpty();
    }

    @Test
    void aDoneItemCannotBeCancelledByHandButAnAutomaticCancelLeavesItDone() {
        ActionItem done = started(100).changeStatus(ActionStatus.DONE, null, null, List.of(), NOW).aggregate();

        assertThatThrownBy(() -> done.cancel("Agreement ended", false, NOW)).isInstanceOf(Refusal.class);
        assertThat(done.cancel("Agreement ended", true, NOW).events()).isEmpty();
    }

    // --- progress

    @Test
    void progressSetsThePercentTheIndicatorsAndReachesTheMilestonesNamed() {
        Change<ActionItem> progressed = planned().recordProgress("Claire", "First cohort", 40,
                List.of(new IndicatorValue("participants", 25)), List.of("Cohort selected"), TODAY, NOW);

        ActionItem item = progressed.aggregate();
        assertThat(item.workflow().percentComplete()).isEqualTo(40);
        assertThat(item.details().indicators().get(0).actual()).isEqualTo(25);
        assertThat(item.details().milestones().get(0).reachedOn()).isEqualTo(TODAY);
        assertThat(progressed.events()).extracting(event -> event.type())
                .containsExactly(EventCatalog.ACTION_PROGRESS_RECORDED, EventCatalog.ACTION_MILESTONE_REACHED);
    }

    @Test
    void aMilestoneIsReachedOnce() {
        ActionItem reached = planned().recordProgress("Claire", null, null, List.of(), List.of("Cohort selected"),
                TODAY, NOW).aggregate();

        Change<ActionItem> again = reached.recordProgress("Claire", null, null, List.of(), List.of("Cohort selected"),
                TODAY.plusDays(1), NOW);

        assertThat(again.events()).extracting(event -> event.type()).containsExactly(EventCatalog.ACTION_PROGRESS_RECORDED);
        assertThat(again.aggregate().details().milestones().get(0).reachedOn()).isEqualTo(TODAY);
    }

    @Test
    void progressNamesOnlyTheItemsIndicators() {
        assertThatThrownBy(() -> planned().recordProgress("Claire", null, null,
                List.of(new IndicatorValue("budget", 3)), List.of(), TODAY, NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal ->
                        assertThat(refusal.getMessage()).startsWith("indicatorValues[0].name: \"budget\" is not an indicator"));
    }

    @Test
    void progressGivesAnIndicatorOnce() {
        assertThatThrownBy(() -> planned().recordProgress("Claire", null, null,
                List.of(new IndicatorValue("participants", 3), new IndicatorValue("participants", 4)), List.of(), TODAY, NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.reason()).isEqualTo(Refusal.Reason.INVALID_DETAIL);
                    assertThat(refusal.getMessage()).startsWith("indicatorValues[1].name:");
                });
    }

    @Test
    void progressNamesOnlyTheItemsMilestones() {
        assertThatThrownBy(() -> planned().recordProgress("Claire", null, null, List.of(), List.of("Graduation"),
                TODAY, NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal ->
                        assertThat(refusal.getMessage()).startsWith("milestonesReached[0]:"));
    }

    @Test
    void anEntryReportsSomething() {
        assertThatThrownBy(() -> planned().recordProgress("Claire", " ", null, List.of(), List.of(), TODAY, NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.reason()).isEqualTo(Refusal.Reason.INVALID_DETAIL);
                    assertThat(refusal.getMessage()).startsWith("note: an entry needs");
                });
    }

    @Test
    void aClosedItemTakesNoMoreProgress() {
        ActionItem cancelled = planned().cancel("Dropped", false, NOW).aggregate();

        assertThatThrownBy(() -> cancelled.recordProgress("Claire", "late", null, List.of(), List.of(), TODAY, NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.title()).isEqualTo("Item closed"));
    }

    // --- deadlines

    @Test
    void anItemIsAnnouncedDueSoonAtEachThresholdOnce() {
        ActionItem due = planned(TODAY.plusDays(7));

        ActionItem announced = due.deadlineNoticeIfDue(TODAY, DUE_SOON, NOW).orElseThrow().aggregate();

        assertThat(due.deadlineNoticeIfDue(TODAY.minusDays(1), DUE_SOON, NOW)).isEmpty();
        assertThat(announced.deadlineNoticeIfDue(TODAY.plusDays(1), DUE_SOON, NOW)).isEmpty();
        assertThat(announced.deadlineNoticeIfDue(TODAY.plusDays(6), DUE_SOON, NOW)).hasValueSatisfying(change ->
                assertThat(change.events().get(0).type()).isEqualTo(EventCatalog.ACTION_DUE_SOON));
    }

    @Test
    void anItemPastItsDueDateIsAnnouncedOverdueOnce() {
        ActionItem overdue = planned(TODAY.minusDays(1)).deadlineNoticeIfDue(TODAY, DUE_SOON, NOW).orElseThrow()
                .aggregate();

        assertThat(overdue.workflow().deadlineNotices()).contains(TODAY.minusDays(1) + "/overdue", TODAY.minusDays(1) + "/7",
                TODAY.minusDays(1) + "/1");
        assertThat(overdue.deadlineNoticeIfDue(TODAY.plusDays(1), DUE_SOON, NOW)).isEmpty();
    }

    @Test
    void aDoneItemIsNotAnnounced() {
        ActionItem done = started(100).changeStatus(ActionStatus.DONE, null, null, List.of(), NOW).aggregate();

        assertThat(done.deadlineNoticeIfDue(TODAY, DUE_SOON, NOW)).isEmpty();
    }

    // --- details

    @Test
    void theDueDateCannotComeBeforeTheStart() {
        assertThatThrownBy(() -> ActionItem.create("agreement-1", details(TODAY, TODAY.minusDays(1), List.of()), false, NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal ->
                        assertThat(refusal.getMessage()).startsWith("dueDate: must not be before startDate"));
    }

    @Test
    void milestoneTitlesAreUniqueWithinTheItem() {
        List<Milestone> twice = List.of(new Milestone("Kick-off", null, null), new Milestone("Kick-off", null, null));

        assertThatThrownBy(() -> planned().edit(details(null, null, twice), NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal ->
                        assertThat(refusal.getMessage()).startsWith("milestones[1].title:"));
    }

    @Test
    void aBaselineDateNeedsABaseline() {
        ActionItem.Details dateAlone = withIndicator(new Indicator("participants", "people", 100.0, 0, null, TODAY));

        assertThatThrownBy(() -> ActionItem.create("agreement-1", dateAlone, false, NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal ->
                        assertThat(refusal.getMessage()).startsWith("indicators[0].baselineDate: needs a baseline"));
    }

    @Test
    void editingKeepsTheBaselineAndProgressKeepsItToo() {
        Indicator withBaseline = new Indicator("participants", "people", 100.0, 0, 20.0, TODAY.minusYears(1));
        ActionItem item = ActionItem.create("agreement-1", withIndicator(withBaseline), false, NOW).aggregate();

        ActionItem progressed = item.recordProgress("Claire", null, null, List.of(new IndicatorValue("participants", 25)),
                List.of(), TODAY, NOW).aggregate();

        assertThat(progressed.details().indicators().get(0).baseline()).isEqualTo(20.0);
        assertThat(progressed.details().indicators().get(0).baselineDate()).isEqualTo(TODAY.minusYears(1));
        assertThat(progressed.details().indicators().get(0).actual()).isEqualTo(25);
    }

    @Test
    void editingKeepsReachedMilestonesAndIndicatorActuals() {
        ActionItem progressed = planned().recordProgress("Claire", null, null, List.of(new IndicatorValue("participants", 25)),
                List.of("Cohort selected"), TODAY, NOW).aggregate();

        ActionItem edited = progressed.edit(details(null, TODAY.plusDays(30), null), NOW).aggregate();

        assertThat(edited.details().milestones().get(0).reachedOn()).isEqualTo(TODAY);
        assertThat(edited.details().indicators().get(0).actual()).isEqualTo(25);
    }

    @Test
    void aChangeKeepsWhoCreatedAndLastUpdatedTheItemForTheStoreToStamp() {
        ActionItem stored = withAuthors(planned(), "claire", "marc");

        ActionItem started = stored.changeStatus(ActionStatus.IN_PROGRESS, null, null, List.of(), NOW).aggregate();

        assertThat(started.audit().createdBy()).isEqualTo("claire");
        assertThat(started.audit().updatedBy()).isEqualTo("marc");
    }

    // --- fixtures

    private static ActionItem.Details details(LocalDate start, LocalDate due, List<Milestone> milestones) {
        return new ActionItem.Details("KZ-2", "Train civil servants", null, ActionCategory.TRAINING, null, List.of(),
                start, due, 1, milestones != null ? milestones : List.of(new Milestone("Cohort selected", null, null)),
                List.of(new Indicator("participants", "people", 100.0, 0, null, null)), List.of());
    }

    private static ActionItem.Details withIndicator(Indicator indicator) {
        ActionItem.Details details = details(null, null, null);
        return new ActionItem.Details(details.reference(), details.title(), null, details.category(), null, List.of(),
                null, null, 1, details.milestones(), List.of(indicator), List.of());
    }

    private static ActionItem planned() {
        return planned(null);
    }

    private static ActionItem planned(LocalDate due) {
        return ActionItem.create("agreement-1", details(null, due, null), false, NOW).aggregate();
    }

    private static ActionItem started(int percent) {
        ActionItem started = planned().changeStatus(ActionStatus.IN_PROGRESS, null, null, List.of(), NOW).aggregate();
        return started.recordProgress("Claire", null, percent, List.of(), List.of(), TODAY, NOW).aggregate();
    }

    /** The item as the store reads it back, with the subjects it stamped. */
    private static ActionItem withAuthors(ActionItem item, String createdBy, String updatedBy) {
        Audit audit = item.audit();
        return new ActionItem(item.id(), item.version(), item.agreementId(), item.details(), item.workflow(),
                item.agreementSuspended(), new Audit(audit.createdAt(), audit.updatedAt(), createdBy, updatedBy));
    }
}
