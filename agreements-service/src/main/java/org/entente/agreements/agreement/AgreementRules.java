package org.entente.agreements.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.entente.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * The lifecycle rules, in one place. A move the graph forbids is a 409 that says where the
 * agreement can go; a move that lacks something it needs is a 422 that lists what is missing.
 */
final class AgreementRules {

    private static final Set<AgreementStatus> NEEDS_REASON =
            EnumSet.of(AgreementStatus.SUSPENDED, AgreementStatus.TERMINATED, AgreementStatus.ABANDONED);
    private static final Set<AgreementStatus> RENEWABLE =
            EnumSet.of(AgreementStatus.ACTIVE, AgreementStatus.SUSPENDED, AgreementStatus.EXPIRED);

    private AgreementRules() {
    }

    static void checkRequestedMove(Agreement agreement, AgreementStatus to, LocalDate on, String reason, LocalDate today) {
        AgreementStatus from = agreement.status();
        if (to == from) {
            throw forbidden(agreement, to, "The agreement is already " + to + ".");
        }
        if (to == AgreementStatus.EXPIRED) {
            throw forbidden(agreement, to, "An agreement expires by itself the day after its expiry date; "
                    + "it cannot be set to EXPIRED by hand.");
        }
        if (from == AgreementStatus.EXPIRED && to == AgreementStatus.ACTIVE) {
            throw forbidden(agreement, to, "An expired agreement becomes active again by a renewal: "
                    + "POST /api/agreements/" + agreement.id() + "/renewals with the new expiry date.");
        }
        if (!from.next().contains(to)) {
            throw forbidden(agreement, to, "Cannot move from " + from + " to " + to + ". " + whereNext(from));
        }
        List<String> missing = new ArrayList<>();
        if (to == AgreementStatus.SIGNED) {
            LocalDate signedOn = on != null ? on : agreement.signedOn();
            if (signedOn == null) {
                missing.add("on: the signing date");
            } else if (signedOn.isAfter(today)) {
                missing.add("on: a signing date that is not in the future");
            }
            long signed = agreement.parties().stream().filter(Party::hasSignatory).count();
            if (signed < 2) {
                missing.add("parties[].signatory: a signatory on at least two parties (" + signed + " so far)");
            }
        }
        if (NEEDS_REASON.contains(to) && (reason == null || reason.isBlank())) {
            missing.add("reason: why the agreement is " + to.name().toLowerCase());
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "Incomplete transition",
                    "Cannot move to " + to + " yet; missing " + String.join("; ", missing) + ".")
                    .with("missing", missing);
        }
    }

    static void checkRenewal(Agreement agreement, LocalDate newExpiresOn, LocalDate today) {
        if (!RENEWABLE.contains(agreement.status())) {
            throw new ProblemException(HttpStatus.CONFLICT, "Not renewable",
                    "Only an active, suspended or expired agreement can be renewed; this one is "
                            + agreement.status() + ".");
        }
        if (agreement.expiresOn() != null && !newExpiresOn.isAfter(agreement.expiresOn())) {
            throw ProblemException.unprocessable("expiresOn", "must be after the current expiry date "
                    + agreement.expiresOn());
        }
        if (!newExpiresOn.isAfter(today)) {
            throw ProblemException.unprocessable("expiresOn", "must be in the future");
        }
    }

    private static ProblemException forbidden(Agreement agreement, AgreementStatus to, String detail) {
        return new ProblemException(HttpStatus.CONFLICT, "Transition not allowed", detail)
                .with("from", agreement.status()).with("to", to).with("allowed", agreement.status().next());
    }

    private static String whereNext(AgreementStatus from) {
        return from.next().isEmpty() ? from + " is final."
                : "From " + from + " it can move to " + from.next() + ".";
    }
}
