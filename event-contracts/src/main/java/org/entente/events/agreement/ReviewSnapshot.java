package org.entente.events.agreement;

import java.util.List;

/**
 * An agreement's review as it now is: OPEN, CHANGES_REQUESTED, APPROVED or WITHDRAWN, who
 * submitted it, the agreement version whose text is under review, and its steps in order.
 */
public record ReviewSnapshot(String status, String submittedBy, long textVersion, List<Step> steps) {

    /** One step: its name, its approver (a user or a role), and the decision (PENDING, APPROVED, CHANGES_REQUESTED). */
    public record Step(String name, String user, String role, String decision, String decidedBy, String comment) {
    }

    /** The step waiting for a decision, if the review waits for one: whom to tell. */
    public Step awaiting() {
        return "OPEN".equals(status)
                ? steps.stream().filter(step -> "PENDING".equals(step.decision())).findFirst().orElse(null) : null;
    }
}
