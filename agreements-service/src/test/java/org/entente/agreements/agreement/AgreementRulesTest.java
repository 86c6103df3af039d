package org.entente.agreements.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.entente.events.EventCatalog;
import org.entente.events.agreement.AgreementExpiring;
import org.entente.events.agreement.AgreementStatusChanged;
import org.entente.platform.domain.Refusal;
import org.entente.platform.outbox.Change;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** An agreement's rules on their own: no broker, no database, no HTTP. */
class AgreementRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 20);
    private static final Instant NOW = Instant.parse("2025-11-20T09:00:00Z");

    // --- signing

    @ParameterizedTest(name = "{0} signatories")
    @ValueSource(ints = {0, 1})
    void signingNeedsTwoSignatories(int signatories) {
        Agreement negotiating = inNegotiation(signatories);

        assertThatThrownBy(() -> negotiating.sign(TODAY, "Paris", TODAY, NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.reason()).isEqualTo(Refusal.Reason.MISSING_DETAIL);
                    assertThat(missing(refusal)).containsExactly("parties[].signatory: a signatory on at least two "
                            + "parties (" + signatories + " so far)");
                });
    }

    @Test
    void signingWithTwoSignatoriesSignsOnTheDateAndAtThePlaceGiven() {
        Agreement negotiating = inNegotiation(2);

        Change<Agreement> signed = negotiating.sign(TODAY.minusDays(6), "Paris", TODAY, NOW);

        assertThat(signed.aggregate().status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(signed.aggregate().details().signedOn()).isEqualTo(TODAY.minusDays(6));
        assertThat(signed.aggregate().details().signedAt()).isEqualTo("Paris");
        assertThat(signed.events()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(EventCatalog.AGREEMENT_STATUS_CHANGED);
            assertThat(((AgreementStatusChanged) event.payload()).to()).isEqualTo("SIGNED");
        });
    }

    @Test
    void signingNeedsADateWhenNoneWasEntered() {
        Agreement negotiating = inNegotiation(2);

        assertThatThrownBy(() -> negotiating.sign(null, "Paris", TODAY, NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal ->
                        assertThat(missing(refusal)).containsExactly("on: the signing date"));
    }

    @Test
    void signingTakesTheDateEnteredWhenNoneIsGiven() {
        Agreement negotiating = inNegotiation(2, details -> details.signedOn = TODAY.minusDays(2));

        assertThat(negotiating.sign(null, null, TODAY, NOW).aggregate().details().signedOn()).isEqualTo(TODAY.minusDays(2));
    }

    @Test
    void signingCannotBeDatedInTheFuture() {
        Agreement negotiating = inNegotiation(2);

        assertThatThrownBy(() -> negotiating.sign(TODAY.plusDays(1), "Paris", TODAY, NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal ->
                        assertThat(missing(refusal)).containsExactly("on: a signing date that is not in the future"));
    }

    @Test
    void signingWithoutAPlaceKeepsThePlaceEntered() {
        Agreement negotiating = inNegotiation(2, details -> details.signedAt = "Astana");

        assertThat(negotiating.sign(TODAY, null, TODAY, NOW).aggregate().details().signedAt()).isEqualTo("Astana");
    }

    // --- the lifecycle graph

    @Test
    void aDraftCannotBeSignedBeforeNegotiation() {
        Agreement draft = registered(2);

        assertThatThrownBy(() -> draft.sign(TODAY, "Paris", TODAY, NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.reason()).isEqualTo(Refusal.Reason.FORBIDDEN_MOVE);
                    assertThat(refusal.properties()).containsEntry("from", AgreementStatus.DRAFT)
                            .containsEntry("allowed", AgreementStatus.DRAFT.next());
                });
    }

    @Test
    void aMoveToWhereTheAgreementIsAlreadyIsForbidden() {
        Agreement negotiating = inNegotiation(2);

        assertThatThrownBy(() -> negotiating.startNegotiation(null, TODAY, NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal ->
                        assertThat(refusal.getMessage()).isEqualTo("The agreement is already NEGOTIATION."));
    }

    @Test
    void anAgreementCannotBeSetToExpiredByHand() {
        Agreement active = active(null);

        assertThatThrownBy(() -> active.moveTo(AgreementStatus.EXPIRED, null, null, null, TODAY, NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.reason()).isEqualTo(Refusal.Reason.FORBIDDEN_MOVE);
                    assertThat(refusal.getMessage()).contains("expires by itself");
                });
    }

    @Test
    void anExpiredAgreementBecomesActiveOnlyByARenewal() {
        Agreement expired = expired();

        assertThatThrownBy(() -> expired.activate(null, TODAY, NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.getMessage()).contains("/renewals"));
    }

    // --- the moves offered

    @Test
    void eachStatusOffersTheMovesItsLifecycleAllows() {
        assertThat(LifecycleMove.from(AgreementStatus.DRAFT)).containsExactly(LifecycleMove.NEGOTIATE, LifecycleMove.ABANDON);
        assertThat(LifecycleMove.from(AgreementStatus.NEGOTIATION)).containsExactly(LifecycleMove.SIGN, LifecycleMove.ABANDON);
        assertThat(LifecycleMove.from(AgreementStatus.SIGNED)).containsExactly(LifecycleMove.ENTER_INTO_FORCE);
        assertThat(LifecycleMove.from(AgreementStatus.ACTIVE))
                .containsExactly(LifecycleMove.SUSPEND, LifecycleMove.TERMINATE, LifecycleMove.RENEW);
        assertThat(LifecycleMove.from(AgreementStatus.SUSPENDED))
                .containsExactly(LifecycleMove.RESUME, LifecycleMove.TERMINATE, LifecycleMove.RENEW);
        assertThat(LifecycleMove.from(AgreementStatus.EXPIRED)).containsExactly(LifecycleMove.RENEW);
        assertThat(LifecycleMove.from(AgreementStatus.TERMINATED)).isEmpty();
        assertThat(LifecycleMove.from(AgreementStatus.ABANDONED)).isEmpty();
    }

    @Test
    void aRenewalLeadsAnExpiredAgreementBackToActiveAndKeepsARunningOneWhereItIs() {
        assertThat(LifecycleMove.RENEW.to(AgreementStatus.EXPIRED)).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(LifecycleMove.RENEW.to(AgreementStatus.SUSPENDED)).isEqualTo(AgreementStatus.SUSPENDED);
        assertThat(LifecycleMove.SIGN.inputs()).containsExactly("on", "place");
    }

    @ParameterizedTest(name = "from {0}")
    @EnumSource(value = AgreementStatus.class, names = {"NEGOTIATION", "ACTIVE", "EXPIRED"})
    void everyStatusMoveNotOfferedIsRefusedAsForbidden(AgreementStatus from) {
        Agreement agreement = switch (from) {
            case NEGOTIATION -> inNegotiation(2);
            case ACTIVE -> active(null);
            default -> expired();
        };
        List<AgreementStatus> offered = LifecycleMove.from(from).stream()
                .filter(move -> move != LifecycleMove.RENEW).map(move -> move.to(from)).toList();
        for (AgreementStatus to : AgreementStatus.values()) {
            if (!offered.contains(to)) {
                assertThatThrownBy(() -> agreement.moveTo(to, TODAY, "Paris", "a reason", TODAY, NOW))
                        .as("%s -> %s", from, to)
                        .isInstanceOfSatisfying(Refusal.class,
                                refusal -> assertThat(refusal.reason()).isEqualTo(Refusal.Reason.FORBIDDEN_MOVE));
            } else {
                assertThat(agreement.moveTo(to, TODAY, "Paris", "a reason", TODAY, NOW).aggregate().status())
                        .as("%s -> %s", from, to).isEqualTo(to);
            }
        }
    }

    @Test
    void aTerminatedAgreementIsFinal() {
        Agreement terminated = active(null).terminate(null, "Ended by both parties", TODAY, NOW).aggregate();

        assertThatThrownBy(() -> terminated.activate(null, TODAY, NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.getMessage()).endsWith("TERMINATED is final."));
    }

    @ParameterizedTest
    @EnumSource(value = AgreementStatus.class, names = {"SUSPENDED", "TERMINATED"})
    void suspendingAndTerminatingNeedAReason(AgreementStatus to) {
        Agreement active = active(null);

        assertThatThrownBy(() -> active.moveTo(to, null, null, "  ", TODAY, NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.reason()).isEqualTo(Refusal.Reason.MISSING_DETAIL);
                    assertThat(missing(refusal)).containsExactly("reason: why the agreement is " + to.name().toLowerCase());
                });
    }

    @Test
    void abandoningNeedsAReason() {
        Agreement draft = registered(0);

        assertThatThrownBy(() -> draft.abandon(null, null, TODAY, NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal ->
                        assertThat(missing(refusal)).containsExactly("reason: why the agreement is abandoned"));
    }

    @Test
    void activatingSetsTheEffectiveDateOnlyWhenNoneWasEntered() {
        Agreement signed = inNegotiation(2).sign(TODAY, null, TODAY, NOW).aggregate();
        Agreement signedWithDate = inNegotiation(2, details -> details.effectiveFrom = TODAY.plusDays(10))
                .sign(TODAY, null, TODAY, NOW).aggregate();

        assertThat(signed.activate(null, TODAY, NOW).aggregate().details().effectiveFrom()).isEqualTo(TODAY);
        assertThat(signedWithDate.activate(null, TODAY, NOW).aggregate().details().effectiveFrom()).isEqualTo(TODAY.plusDays(10));
    }

    @Test
    void eachMoveIsKeptInTheHistory() {
        Agreement suspended = active(null).suspend(TODAY, "Elections", TODAY, NOW).aggregate();

        assertThat(suspended.lifecycle().statusHistory()).extracting(AgreementRecords.StatusChange::to).containsExactly(
                AgreementStatus.NEGOTIATION, AgreementStatus.SIGNED, AgreementStatus.ACTIVE, AgreementStatus.SUSPENDED);
        assertThat(suspended.lifecycle().statusHistory().get(3).reason()).isEqualTo("Elections");
    }

    // --- renewal and expiry

    @Test
    void onlyARunningOrExpiredAgreementCanBeRenewed() {
        Agreement draft = registered(2);

        assertThatThrownBy(() -> draft.renew(TODAY.plusYears(1), null, TODAY, NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.title()).isEqualTo("Not renewable"));
    }

    @Test
    void aRenewalMustMoveTheExpiryDateLater() {
        Agreement active = active(TODAY.plusDays(40));

        assertThatThrownBy(() -> active.renew(TODAY.plusDays(40), null, TODAY, NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal ->
                        assertThat(refusal.getMessage()).startsWith("expiresOn: must be after the current expiry date"));
    }

    @Test
    void aRenewalMustEndInTheFuture() {
        Agreement expired = expired();

        assertThatThrownBy(() -> expired.renew(TODAY, null, TODAY, NOW))
                .isInstanceOfSatisfying(Refusal.class, refusal ->
                        assertThat(refusal.getMessage()).isEqualTo("expiresOn: must be in the future"));
    }

    @Test
    void renewingAnExpiredAgreementMakesItActiveAgain() {
        Agreement renewed = expired().renew(TODAY.plusYears(2), "Second term", TODAY, NOW).aggregate();

        assertThat(renewed.status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(renewed.details().expiresOn()).isEqualTo(TODAY.plusYears(2));
        assertThat(renewed.lifecycle().renewals()).singleElement().satisfies(renewal ->
                assertThat(renewal.previousExpiresOn()).isEqualTo(TODAY.minusDays(1)));
    }

    @Test
    void anActiveAgreementExpiresTheDayAfterItsExpiryDate() {
        Agreement active = active(TODAY);

        assertThat(active.expireIfDue(TODAY, NOW)).isEmpty();
        assertThat(active.expireIfDue(TODAY.plusDays(1), NOW)).hasValueSatisfying(change ->
                assertThat(change.aggregate().status()).isEqualTo(AgreementStatus.EXPIRED));
    }

    @Test
    void aSuspendedAgreementDoesNotExpire() {
        Agreement suspended = active(TODAY).suspend(null, "Elections", TODAY, NOW).aggregate();

        assertThat(suspended.expireIfDue(TODAY.plusDays(1), NOW)).isEmpty();
    }

    @Test
    void expiryIsAnnouncedAtNinetyThirtyAndSevenDays() {
        Agreement active = active(TODAY.plusDays(90));

        assertThat(noticeDays(active, TODAY.minusDays(1))).isNull();
        assertThat(noticeDays(active, TODAY)).isEqualTo(90);
        assertThat(noticeDays(active, TODAY.plusDays(60))).isEqualTo(30);
        assertThat(noticeDays(active, TODAY.plusDays(83))).isEqualTo(7);
    }

    @Test
    void anAnnouncedThresholdIsNotAnnouncedAgain() {
        Agreement announced = active(TODAY.plusDays(90)).expiryNoticeIfDue(TODAY, NOW).orElseThrow().aggregate();

        assertThat(announced.expiryNoticeIfDue(TODAY.plusDays(1), NOW)).isEmpty();
    }

    @Test
    void aJobThatMissedDaysSendsOneNoticeNotABurst() {
        Agreement announced = active(TODAY.plusDays(20)).expiryNoticeIfDue(TODAY, NOW).orElseThrow().aggregate();

        assertThat(announced.lifecycle().expiryNoticesSent()).containsExactlyInAnyOrder(30, 90);
        assertThat(announced.expiryNoticeIfDue(TODAY.plusDays(1), NOW)).isEmpty();
    }

    @Test
    void aNewExpiryDateArmsTheNoticesAgain() {
        Agreement announced = active(TODAY.plusDays(90)).expiryNoticeIfDue(TODAY, NOW).orElseThrow().aggregate();

        Agreement renewed = announced.renew(TODAY.plusDays(200), null, TODAY, NOW).aggregate();

        assertThat(renewed.lifecycle().expiryNoticesSent()).isEmpty();
    }

    // --- details

    @Test
    void theTitleIsNeededInFrenchAndInEnglish() {
        assertThatThrownBy(() -> Agreement.register(details(2, d -> d.title = Map.of("fr", "Mémorandum")), NOW, "claire"))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.reason()).isEqualTo(Refusal.Reason.INVALID_DETAIL);
                    assertThat(refusal.getMessage()).startsWith("title:");
                });
    }

    @Test
    void theExpiryDateCannotComeBeforeTheEffectiveDate() {
        Agreement draft = registered(2);

        assertThatThrownBy(() -> draft.edit(details(2, d -> {
            d.effectiveFrom = TODAY;
            d.expiresOn = TODAY.minusDays(1);
        }), NOW, "claire")).isInstanceOfSatisfying(Refusal.class, refusal ->
                assertThat(refusal.getMessage()).isEqualTo("expiresOn: must not be before effectiveFrom"));
    }

    @Test
    void anOrganizationTakesPartOnlyOnce() {
        Party party = party("org-1", "Jean Dupont");

        assertThatThrownBy(() -> Agreement.register(details(0, d -> d.parties = List.of(party, party)), NOW, "claire"))
                .isInstanceOfSatisfying(Refusal.class, refusal ->
                        assertThat(refusal.getMessage()).isEqualTo("parties: organization org-1 appears twice"));
    }

    @Test
    void anEditThatChangesNothingCausesNoEventAndNoNewVersion() {
        Agreement draft = registered(2);

        Change<Agreement> edited = draft.edit(draft.details(), NOW, "claire");

        assertThat(edited.events()).isEmpty();
        assertThat(edited.aggregate().version()).isEqualTo(draft.version());
    }

    @Test
    void aRestrictedAgreementStartsVisibleToWhoeverRegisteredIt() {
        Agreement restricted = Agreement.register(details(2, d -> d.confidentiality = Confidentiality.RESTRICTED), NOW,
                "claire").aggregate();

        assertThat(restricted.access().users()).containsExactly("claire");
    }

    // --- fixtures

    /** The details staff would enter, to change one field at a time. */
    private static final class Entered {
        Map<String, String> title = Map.of("fr", "Mémorandum d'entente", "en", "Memorandum of understanding");
        List<Party> parties;
        LocalDate signedOn;
        String signedAt;
        LocalDate effectiveFrom;
        LocalDate expiresOn;
        Confidentiality confidentiality = Confidentiality.INTERNAL;
    }

    private static Agreement.Details details(int signatories, Consumer<Entered> changes) {
        Entered entered = new Entered();
        entered.parties = List.of(party("org-1", signatories > 0 ? "Jean Dupont" : null),
                party("org-2", signatories > 1 ? "Darkhan Zhazykbay" : null));
        changes.accept(entered);
        return new Agreement.Details("INSP-KZ-2025-01", AgreementKind.MOU, entered.title, null, List.of(),
                entered.parties, entered.signedOn, entered.signedAt, entered.effectiveFrom, entered.expiresOn, null,
                entered.confidentiality, null);
    }

    private static Party party(String organizationId, String signatory) {
        return new Party(organizationId, "Organization " + organizationId, "FR", PartyRole.SIGNATORY,
                signatory == null ? null : new Party.Signatory(signatory, "Director"));
    }

    private static Agreement registered(int signatories) {
        return Agreement.register(details(signatories, entered -> { }), NOW, "claire").aggregate();
    }

    private static Agreement inNegotiation(int signatories) {
        return inNegotiation(signatories, entered -> { });
    }

    private static Agreement inNegotiation(int signatories, Consumer<Entered> changes) {
        return Agreement.register(details(signatories, changes), NOW, "claire").aggregate()
                .startNegotiation(null, TODAY, NOW).aggregate();
    }

    private static Agreement active(LocalDate expiresOn) {
        return inNegotiation(2, entered -> entered.expiresOn = expiresOn).sign(TODAY.minusDays(30), null, TODAY, NOW)
                .aggregate().activate(TODAY.minusDays(30), TODAY, NOW).aggregate();
    }

    private static Agreement expired() {
        return active(TODAY.minusDays(1)).expireIfDue(TODAY, NOW).orElseThrow().aggregate();
    }

    private static Integer noticeDays(Agreement agreement, LocalDate today) {
        return agreement.expiryNoticeIfDue(today, NOW)
                .map(change -> ((AgreementExpiring) change.events().get(0).payload()).daysBefore()).orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static List<String> missing(Refusal refusal) {
        return (List<String>) refusal.properties().get("missing");
    }
}
