package org.entente.agreements.agreement.review;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;

import org.entente.agreements.agreement.Agreement;
import org.entente.agreements.agreement.AgreementQueries;
import org.entente.platform.security.Caller;
import org.springframework.stereotype.Component;

/** The "waiting for me" read: open reviews whose current step the caller approves. */
@Component
class WaitingReviews {

    private final AgreementQueries queries;

    WaitingReviews(AgreementQueries queries) {
        this.queries = queries;
    }

    List<Agreement> waitingFor(Caller caller) {
        return queries.find(where("review.status").is(Review.Status.OPEN)).stream()
                .filter(agreement -> agreement.review().currentStep()
                        .filter(step -> step.step().approvableBy(caller.subject(), caller.roles())).isPresent())
                .toList();
    }
}
