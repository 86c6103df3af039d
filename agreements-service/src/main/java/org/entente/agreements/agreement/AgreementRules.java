package org.entente.agreements.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.entente.platform.domain.Refusal;

/**
 * The lifecycle and detail rules, in one place. A move the graph forbids is refused with
 * where the agreement can go; a move that lacks something it needs lists what is missing.
 */
final class AgreementRules {

    /** How many parties must have a signatory before an agreement can be signed. */
    static final int SIGNATORIES_NEEDED = 2;

    private static final Set<AgreementStatus> RENEWABLE =
            EnumSet.of(AgreementStatus.ACTIVE, AgreementStatus.SUSPENDED, AgreementStatus.EXPIRED);

    private AgreementRules() {
    }

    /** The lifecycle graph: not where it is already, and only to a status it may go to next. */
    static void checkMove(Agreement agreement, AgreementStatus to) {
        AgreementStatus from = agreement.status();
        if (to == from) {
            throw forbidden(agreement, to, "The agreement is already " + to + ".");
        }
        if (from == AgreementStatus.EXPIRED && to == AgreementStatus.ACTIVE) {
            throw forbidden(agreement, to, "An expired agreement becomes active again by a renewal: "
                    + "POST /api/agreements/" + agreement.id() + "/renewals with the new expiry date.");
        }
        if (!requestableFrom(from).contains(to)) {
            throw forbidden(agreement, to, "Cannot move from " + from + " to " + to + ". " + whereNext(from));
        }
    }

    /**
     * The statuses a request may move an agreement to from {@code from}: the graph's next ones, but not
     * EXPIRED (the daily job's) nor ACTIVE again from EXPIRED (a renewal's). What {@link #checkMove} allows.
     */
    static Set<AgreementStatus> requestableFrom(AgreementStatus from) {
        Set<AgreementStatus> next = EnumSet.noneOf(AgreementStatus.class);
        next.addAll(from.next());
        next.remove(AgreementStatus.EXPIRED);
        if (from == AgreementStatus.EXPIRED) {
            next.remove(AgreementStatus.ACTIVE);
        }
        return next;
    }

    static boolean renewable(AgreementStatus status) {
        return RENEWABLE.contains(status);
    }

    static Refusal expiringByHand(Agreement agreement) {
        if (agreement.status() == AgreementStatus.EXPIRED) {
            return forbidden(agreement, AgreementStatus.EXPIRED, "The agreement is already EXPIRED.");
        }
        return forbidden(agreement, AgreementStatus.EXPIRED, "An agreement expires by itself the day after its "
                + "expiry date; it cannot be set to EXPIRED by hand.");
    }

    /** Signing needs a signing date that is not in the future and a signatory on at least two parties. */
    static void checkSigning(Agreement agreement, LocalDate on, LocalDate today) {
        List<String> missing = new ArrayList<>();
        LocalDate signedOn = on != null ? on : agreement.details().signedOn();
        if (signedOn == null) {
            missing.add("on: the signing date");
        } else if (signedOn.isAfter(today)) {
            missing.add("on: a signing date that is not in the future");
        }
        long signed = agreement.details().parties().stream().filter(Party::hasSignatory).count();
        if (signed < SIGNATORIES_NEEDED) {
            missing.add("parties[].signatory: a signatory on at least two parties (" + signed + " so far)");
        }
        refuseIfMissing(AgreementStatus.SIGNED, missing);
    }

    /** Suspending, terminating and abandoning need a reason. */
    static void checkReason(AgreementStatus to, String reason) {
        if (reason == null || reason.isBlank()) {
            refuseIfMissing(to, List.of("reason: why the agreement is " + to.name().toLowerCase()));
        }
    }

    static void checkRenewal(Agreement agreement, LocalDate newExpiresOn, LocalDate today) {
        if (!renewable(agreement.status())) {
            throw new Refusal(Refusal.Reason.FORBIDDEN_MOVE, "Not renewable",
                    "Only an active, suspended or expired agreement can be renewed; this one is "
                            + agreement.status() + ".");
        }
        if (agreement.details().expiresOn() != null && !newExpiresOn.isAfter(agreement.details().expiresOn())) {
            throw Refusal.missing("expiresOn", "must be after the current expiry date " + agreement.details().expiresOn());
        }
        if (!newExpiresOn.isAfter(today)) {
            throw Refusal.missing("expiresOn", "must be in the future");
        }
    }

    /** Rules across the fields of the details, which the request's annotations cannot express. */
    static void checkDetails(Agreement.Details details) {
        if (isBlank(details.title().get("fr")) || isBlank(details.title().get("en"))) {
            throw Refusal.invalid("title", "must give the title in French (fr) and in English (en)");
        }
        if (details.effectiveFrom() != null && details.expiresOn() != null
                && details.expiresOn().isBefore(details.effectiveFrom())) {
            throw Refusal.invalid("expiresOn", "must not be before effectiveFrom");
        }
        Set<String> seen = new HashSet<>();
        for (Party party : details.parties()) {
            if (!seen.add(party.organizationId())) {
                throw Refusal.invalid("parties", "organization " + party.organizationId() + " appears twice");
            }
        }
    }

    private static void refuseIfMissing(AgreementStatus to, List<String> missing) {
        if (!missing.isEmpty()) {
            throw new Refusal(Refusal.Reason.MISSING_DETAIL, "Incomplete transition",
                    "Cannot move to " + to + " yet; missing " + String.join("; ", missing) + ".")
                    .with("missing", missing);
        }
    }

    private static Refusal forbidden(Agreement agreement, AgreementStatus to, String detail) {
        return Refusal.forbiddenMove(detail)
                .with("from", agreement.status()).with("to", to).with("allowed", agreement.status().next());
    }

    private static String whereNext(AgreementStatus from) {
        return from.next().isEmpty() ? from + " is final."
                : "From " + from + " it can move to " + from.next() + ".";
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
