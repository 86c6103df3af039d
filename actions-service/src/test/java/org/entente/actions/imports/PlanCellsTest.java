package org.entente.actions.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.entente.actions.action.ActionRequest.MilestoneRequest;
import org.junit.jupiter.api.Test;

/** Milestones in one cell: read in either date order, written in the reader's, read back the same. */
class PlanCellsTest {

    @Test
    void milestonesAreTitlesWithAnOptionalDateInBracketsInEitherOrder() {
        assertThat(PlanCells.milestones("Kick-off seminar (2025-09-15); Final report (30/06/2026);Visit"))
                .containsExactly(new MilestoneRequest("Kick-off seminar", LocalDate.of(2025, 9, 15)),
                        new MilestoneRequest("Final report", LocalDate.of(2026, 6, 30)),
                        new MilestoneRequest("Visit", null));
    }

    @Test
    void bracketsOfWordsBelongToTheTitleAndABadDateIsRefusedNamingIt() {
        assertThat(PlanCells.milestones("Report (draft)")).containsExactly(new MilestoneRequest("Report (draft)", null));
        assertThat(PlanCells.milestones("Report (draft) (2026-01-15)"))
                .containsExactly(new MilestoneRequest("Report (draft)", LocalDate.of(2026, 1, 15)));
        assertThatThrownBy(() -> PlanCells.milestones("Report (31/02/2026)")).hasMessage("31/02/2026");
    }

    @Test
    void whatIsWrittenInEitherLanguageReadsBackTheSame() {
        List<MilestoneRequest> milestones = List.of(new MilestoneRequest("Kick-off (seminar)", LocalDate.of(2025, 9, 15)),
                new MilestoneRequest("Final report", null));

        assertThat(PlanCells.milestones(milestones, Locale.FRENCH)).isEqualTo("Kick-off (seminar) (15/09/2025); Final report");
        assertThat(PlanCells.milestones(PlanCells.milestones(milestones, Locale.FRENCH))).isEqualTo(milestones);
        assertThat(PlanCells.milestones(PlanCells.milestones(milestones, Locale.ENGLISH))).isEqualTo(milestones);
    }
}
