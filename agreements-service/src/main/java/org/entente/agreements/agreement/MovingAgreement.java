package org.entente.agreements.agreement;

import java.time.Clock;
import java.time.LocalDate;

import org.entente.agreements.agreement.review.ReviewSettings;
import org.entente.platform.outbox.AggregateStore;
import org.springframework.stereotype.Component;

/**
 * Staff move an agreement on in its lifecycle (the API, the demo load): open negotiation,
 * sign it (once the kind's approval chain approved it), bring it into force, suspend, terminate or abandon it.
 */
@Component
public class MovingAgreement {

    /** The move asked for: where to, on which date, where it was signed, and why. */
    public record Move(AgreementStatus to, LocalDate on, String place, String reason) {
    }

    private final AggregateStore<Agreement> agreements;
    private final ReviewSettings review;
    private final Clock clock;

    MovingAgreement(AggregateStore<Agreement> agreements, ReviewSettings review, Clock clock) {
        this.agreements = agreements;
        this.review = review;
        this.clock = clock;
    }

    /** @param clientVersion the version the client read, or null to move whatever the current one is */
    public Agreement move(String id, Long clientVersion, Move move) {
        LocalDate today = LocalDate.now(clock);
        return agreements.change(id, clientVersion, current ->
                current.moveTo(move.to(), move.on(), move.place(), move.reason(),
                        review.chainFor(current.details().kind()), today, clock.instant()));
    }
}
