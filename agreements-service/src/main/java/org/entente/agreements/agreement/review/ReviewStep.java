package org.entente.agreements.agreement.review;

import java.time.Instant;

/** A step of a submitted chain and what its approver decided; the submitter may add steps, marked as such. */
public record ReviewStep(ApprovalStep step, boolean addedBySubmitter, Decision decision, String decidedBy,
                         String comment, Instant decidedAt) {

    public enum Decision { PENDING, APPROVED, CHANGES_REQUESTED }

    static ReviewStep pending(ApprovalStep step, boolean addedBySubmitter) {
        return new ReviewStep(step, addedBySubmitter, Decision.PENDING, null, null, null);
    }

    ReviewStep decided(Decision by, String approver, String why, Instant at) {
        return new ReviewStep(step, addedBySubmitter, by, approver, why, at);
    }

    /** The approvals were of another version: the step waits again. */
    ReviewStep restarted() {
        return pending(step, addedBySubmitter);
    }
}
