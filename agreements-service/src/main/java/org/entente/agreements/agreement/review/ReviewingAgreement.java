package org.entente.agreements.agreement.review;

import java.time.Clock;
import java.util.List;

import org.entente.agreements.agreement.Agreement;
import org.entente.platform.outbox.AggregateStore;
import org.entente.platform.security.Caller;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Review before signature (the API, the demo load): submit to the kind's chain, approve or
 * request changes as the current step's approver, add a step or withdraw as the submitter.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReviewSettings.class)
public class ReviewingAgreement {

    private final AggregateStore<Agreement> agreements;
    private final ReviewSettings settings;
    private final Clock clock;

    ReviewingAgreement(AggregateStore<Agreement> agreements, ReviewSettings settings, Clock clock) {
        this.agreements = agreements;
        this.settings = settings;
        this.clock = clock;
    }

    /** The chain an agreement of this kind needs before signing; empty for none. */
    public List<ApprovalStep> chainFor(Agreement agreement) {
        return settings.chainFor(agreement.details().kind());
    }

    /** @param clientVersion the version the client read, or null for the current one */
    public Agreement submit(String id, Long clientVersion, List<ApprovalStep> added, Caller submitter) {
        return agreements.change(id, clientVersion, current ->
                current.submitForReview(chainFor(current), added, submitter.subject(), clock.instant()));
    }

    public Agreement approve(String id, Long clientVersion, long reviewedVersion, String comment, Caller approver) {
        return agreements.change(id, clientVersion, current ->
                current.approveStep(approver, reviewedVersion, comment, clock.instant()));
    }

    public Agreement requestChanges(String id, Long clientVersion, long reviewedVersion, String comment,
                                    Caller approver) {
        return agreements.change(id, clientVersion, current ->
                current.requestChanges(approver, reviewedVersion, comment, clock.instant()));
    }

    public Agreement addStep(String id, Long clientVersion, ApprovalStep step, Caller submitter) {
        return agreements.change(id, clientVersion, current ->
                current.addReviewStep(step, submitter.subject(), clock.instant()));
    }

    public Agreement withdraw(String id, Long clientVersion, Caller submitter) {
        return agreements.change(id, clientVersion, current -> current.withdrawReview(submitter, clock.instant()));
    }
}
