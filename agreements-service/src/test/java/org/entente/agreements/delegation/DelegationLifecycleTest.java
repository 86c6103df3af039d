package org.entente.agreements.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.agreements.delegation.DelegationStatus.CANCELLED;
import static org.entente.agreements.delegation.DelegationStatus.COMPLETED;
import static org.entente.agreements.delegation.DelegationStatus.CONFIRMED;
import static org.entente.agreements.delegation.DelegationStatus.PLANNED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.events.EventCatalog;
import org.entente.events.delegation.DelegationStatusChanged;
import org.entente.events.delegation.DelegationUpdated;
import org.entente.platform.outbox.Change;
import org.entente.platform.domain.Refusal;
import org.junit.jupiter.api.Test;

/** The delegation's rules on their own: no broker, no database. */
class DelegationLifecycleTest {

    private static final LocalDate START = LocalDate.of(2025, 11, 14);
    private static final Instant NOW = Instant.parse("2025-11-01T09:00:00Z");

    @Test
    void theStatusGraphAllowsExactlyTheDocumentedMoves() {
        Map<DelegationStatus, Set<DelegationStatus>> allowed = Map.of(
                PLANNED, Set.of(CONFIRMED, CANCELLED),
                CONFIRMED, Set.of(COMPLETED, CANCELLED),
                COMPLETED, Set.of(),
                CANCELLED, Set.of());

        for (DelegationStatus from : DelegationStatus.values()) {
            for (DelegationStatus to : DelegationStatus.values()) {
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(allowed.get(from).contains(to));
            }
        }
    }

    @Test
    void confirmingCarriesFromToAndTheVisitInItsEvent() {
        Change<Delegation> confirmed = planned().changeStatus(CONFIRMED, null, START.minusDays(3), NOW);

        assertThat(confirmed.aggregate().status()).isEqualTo(CONFIRMED);
        assertThat(confirmed.aggregate().version()).isEqualTo(2);
        assertThat(confirmed.events()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(EventCatalog.DELEGATION_STATUS_CHANGED);
            DelegationStatusChanged payload = (DelegationStatusChanged) event.payload();
            assertThat(payload.from()).isEqualTo("PLANNED");
            assertThat(payload.to()).isEqualTo("CONFIRMED");
            assertThat(payload.hostOrganization().name()).isEqualTo("INSP");
            assertThat(payload.city()).isEqualTo("Paris");
        });
    }

    @Test
    void aForbiddenMoveIsAConflictThatNamesTheAllowedMoves() {
        assertThatThrownBy(() -> planned().changeStatus(COMPLETED, null, START, NOW))
                .isInstanceOfSatisfying(Refusal.class, problem -> {
                    assertThat(problem.reason()).isEqualTo(Refusal.Reason.FORBIDDEN_MOVE);
                    assertThat(problem.getMessage()).contains("CONFIRMED or CANCELLED");
                });
    }

    @Test
    void cancellingWithoutAReasonIsRefusedNamingTheReason() {
        assertThatThrownBy(() -> planned().changeStatus(CANCELLED, "  ", START, NOW))
                .isInstanceOfSatisfying(Refusal.class, problem -> {
                    assertThat(problem.reason()).isEqualTo(Refusal.Reason.MISSING_DETAIL);
                    assertThat(problem.getMessage()).startsWith("reason:");
                });
    }

    @Test
    void completingBeforeTheVisitStartsIsRefusedSayingWhen() {
        Delegation confirmed = planned().changeStatus(CONFIRMED, null, START, NOW).aggregate();

        assertThatThrownBy(() -> confirmed.changeStatus(COMPLETED, null, START.minusDays(1), NOW))
                .isInstanceOfSatisfying(Refusal.class, problem -> {
                    assertThat(problem.reason()).isEqualTo(Refusal.Reason.MISSING_DETAIL);
                    assertThat(problem.getMessage()).contains(START.toString());
                });
        assertThat(confirmed.changeStatus(COMPLETED, null, START, NOW).aggregate().status()).isEqualTo(COMPLETED);
    }

    @Test
    void aReplacementThatChangesNothingCausesNoEvent() {
        Delegation delegation = planned();

        assertThat(delegation.replace(details(), START, NOW).events()).isEmpty();
    }

    @Test
    void anEndBeforeTheStartIsABadRequestNamingTheEndDate() {
        Delegation.Details details = details();
        Delegation.Details backwards = new Delegation.Details(details.agreementId(), details.direction(),
                details.hostOrganization(), details.visitingOrganization(), details.leader(), details.members(),
                START, START.minusDays(1), details.city(), details.country(), details.purpose(), List.of(), null);

        assertThatThrownBy(() -> Delegation.schedule(backwards, NOW))
                .isInstanceOfSatisfying(Refusal.class, problem -> {
                    assertThat(problem.reason()).isEqualTo(Refusal.Reason.INVALID_DETAIL);
                    assertThat(problem.getMessage()).startsWith("endDate:");
                });
    }

    @Test
    void aVisitIsNotHostedByTheOrganizationThatVisits() {
        Delegation.Details details = details();
        Delegation.Details toItself = new Delegation.Details(null, details.direction(), details.hostOrganization(),
                details.hostOrganization(), details.leader(), details.members(), START, START.plusDays(1),
                details.city(), details.country(), details.purpose(), List.of(), null);

        assertThatThrownBy(() -> Delegation.schedule(toItself, NOW))
                .isInstanceOfSatisfying(Refusal.class, problem ->
                        assertThat(problem.getMessage()).isEqualTo("visitingOrganizationId: must differ from hostOrganizationId"));
    }

    @Test
    void theAgendaFallsWithinTheVisit() {
        Delegation.Details details = details();
        Delegation.Details dayAfter = new Delegation.Details(null, details.direction(), details.hostOrganization(),
                details.visitingOrganization(), details.leader(), details.members(), START, START.plusDays(1),
                details.city(), details.country(), details.purpose(),
                List.of(new AgendaItem(START, null, "Signature", null), new AgendaItem(START.plusDays(2), null, "Tour", null)),
                null);

        assertThatThrownBy(() -> Delegation.schedule(dayAfter, NOW))
                .isInstanceOfSatisfying(Refusal.class, problem ->
                        assertThat(problem.getMessage()).startsWith("agenda[1].date: must fall within the visit"));
    }

    @Test
    void aVisitUnderAnAgreementStaysWithIt() {
        Delegation underAgreement = Delegation.schedule(withAgreement("agreement-1"), NOW).aggregate();

        assertThatThrownBy(() -> underAgreement.replace(withAgreement("agreement-2"), START, NOW))
                .isInstanceOfSatisfying(Refusal.class, problem -> {
                    assertThat(problem.reason()).isEqualTo(Refusal.Reason.MISSING_DETAIL);
                    assertThat(problem.getMessage()).startsWith("agreementId: this delegation belongs to agreement agreement-1");
                });
    }

    @Test
    void aStandaloneVisitMayBeFiledUnderAnAgreementLater() {
        Delegation standalone = planned();

        Change<Delegation> filed = standalone.replace(withAgreement("agreement-1"), START, NOW);

        assertThat(filed.aggregate().agreementId()).isEqualTo("agreement-1");
        assertThat(filed.aggregate().subject()).isEqualTo("agreement-1");
    }

    @Test
    void aCompletedVisitCannotBeMovedToStartAfterToday() {
        Delegation completed = planned().changeStatus(CONFIRMED, null, START, NOW).aggregate()
                .changeStatus(COMPLETED, null, START, NOW).aggregate();
        Delegation.Details details = details();
        Delegation.Details later = new Delegation.Details(null, details.direction(), details.hostOrganization(),
                details.visitingOrganization(), details.leader(), details.members(), START.plusDays(5),
                START.plusDays(6), details.city(), details.country(), details.purpose(), List.of(), null);

        assertThatThrownBy(() -> completed.replace(later, START.plusDays(1), NOW))
                .isInstanceOfSatisfying(Refusal.class, problem ->
                        assertThat(problem.getMessage()).startsWith("startDate: a completed visit cannot start after today"));
    }

    @Test
    void aReplacementNamesTheFieldsItChanged() {
        Delegation.Details details = details();
        Delegation.Details moved = new Delegation.Details(null, details.direction(), details.hostOrganization(),
                details.visitingOrganization(), details.leader(), details.members(), START, START.plusDays(1),
                "Lyon", details.country(), details.purpose(), details.agenda(), null);

        Change<Delegation> replaced = planned().replace(moved, START, NOW);

        assertThat(replaced.aggregate().version()).isEqualTo(2);
        assertThat(((DelegationUpdated) replaced.events().get(0).payload()).changedFields()).containsExactly("city");
    }

    private static Delegation.Details withAgreement(String agreementId) {
        Delegation.Details details = details();
        return new Delegation.Details(agreementId, details.direction(), details.hostOrganization(),
                details.visitingOrganization(), details.leader(), details.members(), details.startDate(),
                details.endDate(), details.city(), details.country(), details.purpose(), details.agenda(), null);
    }

    private static Delegation planned() {
        return Delegation.schedule(details(), NOW).aggregate();
    }

    private static Delegation.Details details() {
        return new Delegation.Details(null, DelegationDirection.INCOMING,
                new OrganizationRef("insp", "INSP", "FR"), new OrganizationRef("acsa", "ACSA", "KZ"),
                new Delegate("Darkhan Zhazykbay", "Chairman", "acsa"), List.of(), START, START.plusDays(1), "Paris",
                "FR", "Sign the memorandum",
                List.of(new AgendaItem(START, null, "Signature", null)), null);
    }
}
