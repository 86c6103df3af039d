package org.entente.agreements.agreement;

import java.util.ArrayList;
import java.util.List;

/**
 * The moves staff can ask for, each with the inputs its form asks for (the request fields of
 * {@code POST /status}, or {@code /renewals} for RENEW). Which of them an agreement offers comes from the
 * lifecycle graph ({@link AgreementStatus#next()}) through {@link AgreementRules#requestableFrom}, the rule
 * {@link AgreementRules#checkMove} enforces, so the offer and the refusal cannot disagree.
 */
public enum LifecycleMove {
    NEGOTIATE(AgreementStatus.NEGOTIATION),
    SIGN(AgreementStatus.SIGNED, "on", "place"),
    ENTER_INTO_FORCE(AgreementStatus.ACTIVE, "on"),
    RESUME(AgreementStatus.ACTIVE),
    SUSPEND(AgreementStatus.SUSPENDED, "reason"),
    TERMINATE(AgreementStatus.TERMINATED, "reason"),
    ABANDON(AgreementStatus.ABANDONED, "reason"),
    /** Not a status move: a new expiry date ({@code POST /renewals}); an expired agreement becomes ACTIVE again. */
    RENEW(null, "expiresOn", "note");

    private final AgreementStatus to;
    private final List<String> inputs;

    LifecycleMove(AgreementStatus to, String... inputs) {
        this.to = to;
        this.inputs = List.of(inputs);
    }

    /** The request fields the move's form asks for; the service still checks what each needs. */
    public List<String> inputs() {
        return inputs;
    }

    /** Where the move leads from {@code from}: its target status, or for a renewal ACTIVE again if it had expired. */
    public AgreementStatus to(AgreementStatus from) {
        if (this == RENEW) {
            return from == AgreementStatus.EXPIRED ? AgreementStatus.ACTIVE : from;
        }
        return to;
    }

    /** The moves an agreement in {@code status} can be asked for, in the graph's order, the renewal last. */
    public static List<LifecycleMove> from(AgreementStatus status) {
        List<LifecycleMove> moves = new ArrayList<>();
        for (AgreementStatus target : AgreementRules.requestableFrom(status)) {
            moves.add(toward(status, target));
        }
        if (AgreementRules.renewable(status)) {
            moves.add(RENEW);
        }
        return List.copyOf(moves);
    }

    private static LifecycleMove toward(AgreementStatus from, AgreementStatus target) {
        return switch (target) {
            case NEGOTIATION -> NEGOTIATE;
            case SIGNED -> SIGN;
            case ACTIVE -> from == AgreementStatus.SUSPENDED ? RESUME : ENTER_INTO_FORCE;
            case SUSPENDED -> SUSPEND;
            case TERMINATED -> TERMINATE;
            case ABANDONED -> ABANDON;
            case DRAFT, EXPIRED -> throw new IllegalStateException("no request moves an agreement to " + target);
        };
    }
}
