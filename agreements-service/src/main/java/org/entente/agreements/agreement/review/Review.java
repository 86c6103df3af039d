package org.entente.agreements.agreement.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.entente.agreements.agreement.review.ReviewStep.Decision;
import org.entente.events.agreement.ReviewSnapshot;
import org.entente.platform.domain.Refusal;
import org.entente.platform.security.Role;

/**
 * The review of an agreement before signature: the chain of steps it was submitted to, in
 * order, and where it stands. The approvals are of one version of the text
 * ({@code textVersion}, the agreement's version when it was submitted or last edited); an edit
 * restarts the chain. Whoever submitted or last edited the text cannot approve it.
 */
public record Review(Status status, String submittedBy, Instant submittedAt, String lastEditedBy, long textVersion,
                     List<ReviewStep> steps) {

    /** OPEN waits for the current step; CHANGES_REQUESTED waits for an edit; APPROVED lets it be signed. */
    public enum Status {
        OPEN, CHANGES_REQUESTED, APPROVED, WITHDRAWN;

        boolean underway() {
            return this != WITHDRAWN;
        }
    }

    /** Rule names, which a 403 carries so clients can tell them apart. */
    public static final String SEPARATION_OF_DUTIES = "separation-of-duties";
    public static final String NOT_YOUR_STEP = "not-your-step";
    public static final String ONLY_THE_SUBMITTER = "only-the-submitter";

    /**
     * A new review of the text as it is at {@code textVersion}: the kind's chain, then the steps the
     * submitter adds (never fewer than the chain). A chain with no step needs no review.
     */
    public static Review submit(List<ApprovalStep> chain, List<ApprovalStep> added, String submittedBy,
                                String lastEditedBy, long textVersion, Instant now, Review previous) {
        if (previous != null && previous.status.underway() && previous.status != Status.APPROVED) {
            throw Refusal.conflict("A review is already open; withdraw it before submitting again.");
        }
        List<ReviewStep> steps = new ArrayList<>();
        chain.forEach(step -> steps.add(ReviewStep.pending(step, false)));
        (added == null ? List.<ApprovalStep>of() : added).forEach(step -> steps.add(ReviewStep.pending(step, true)));
        if (steps.isEmpty()) {
            throw Refusal.missing("steps", "this kind of agreement has no approval chain; add a step to submit it");
        }
        if (steps.stream().map(step -> step.step().name()).distinct().count() < steps.size()) {
            throw Refusal.invalid("steps[].name", "each step of the chain has its own name");
        }
        return new Review(Status.OPEN, submittedBy, now, lastEditedBy, textVersion, List.copyOf(steps));
    }

    /** How many steps a submitter may add to the kind's chain, at submission and after. */
    public static final int MOST_ADDED_STEPS = 10;

    /**
     * The submitter adds a step after the chain while the review is open; the steps already there, and their
     * decisions, stay (a step is never removed). The text under review is the same, so nothing restarts.
     */
    public Review addStep(ApprovalStep step, String by) {
        if (!by.equals(submittedBy)) {
            throw Refusal.notPermitted(ONLY_THE_SUBMITTER, "Only " + submittedBy + ", who submitted the review, may add a step.");
        }
        if (status != Status.OPEN) {
            throw Refusal.conflict("A step is added while the review is open; this one is " + status + ".");
        }
        if (steps.stream().anyMatch(existing -> existing.step().name().equals(step.name()))) {
            throw Refusal.invalid("name", "the chain has a step named " + step.name() + " already");
        }
        if (steps.stream().filter(ReviewStep::addedBySubmitter).count() >= MOST_ADDED_STEPS) {
            throw Refusal.invalid("name", "at most " + MOST_ADDED_STEPS + " steps are added to a chain");
        }
        List<ReviewStep> longer = new ArrayList<>(steps);
        longer.add(ReviewStep.pending(step, true));
        return new Review(status, submittedBy, submittedAt, lastEditedBy, textVersion, List.copyOf(longer));
    }

    /** The step waiting for a decision, if any. */
    public Optional<ReviewStep> currentStep() {
        return status == Status.OPEN ? steps.stream().filter(step -> step.decision() == Decision.PENDING).findFirst()
                : Optional.empty();
    }

    /** The current step approves the text; the last approval completes the chain. */
    public Review approve(String approver, Set<Role> roles, long reviewedVersion, String comment, Instant now) {
        int index = checkDecision(approver, roles, reviewedVersion);
        List<ReviewStep> decided = replaced(index, steps.get(index).decided(Decision.APPROVED, approver, comment, now));
        boolean complete = decided.stream().allMatch(step -> step.decision() == Decision.APPROVED);
        return new Review(complete ? Status.APPROVED : Status.OPEN, submittedBy, submittedAt, lastEditedBy,
                textVersion, decided);
    }

    /** The current step sends the text back; an edit restarts the chain. */
    public Review requestChanges(String approver, Set<Role> roles, long reviewedVersion, String comment, Instant now) {
        if (comment == null || comment.isBlank()) {
            throw Refusal.missing("comment", "say which changes are needed");
        }
        int index = checkDecision(approver, roles, reviewedVersion);
        return new Review(Status.CHANGES_REQUESTED, submittedBy, submittedAt, lastEditedBy, textVersion,
                replaced(index, steps.get(index).decided(Decision.CHANGES_REQUESTED, approver, comment, now)));
    }

    /** The text changed at {@code newTextVersion}: what was approved was another version, every step waits again. */
    public Review restartedAfterEdit(String editedBy, long newTextVersion) {
        return new Review(Status.OPEN, submittedBy, submittedAt, editedBy, newTextVersion,
                steps.stream().map(ReviewStep::restarted).toList());
    }

    /** The submitter takes the agreement out of review. */
    public Review withdraw(String by, boolean administrator) {
        if (!status.underway()) {
            throw Refusal.conflict("The review was withdrawn already.");
        }
        if (!administrator && !by.equals(submittedBy)) {
            throw Refusal.notPermitted(ONLY_THE_SUBMITTER, "Only " + submittedBy + ", who submitted it, may withdraw the review.");
        }
        return new Review(Status.WITHDRAWN, submittedBy, submittedAt, lastEditedBy, textVersion, steps);
    }

    /** Whether an edit of the text reopens this review (a withdrawn one stays closed). */
    public boolean restartsOnEdit() {
        return status.underway();
    }

    /**
     * Signing needs every step of the kind's chain (and of the review) approved for the current text; a kind
     * without a chain needs none. Refused with the steps still missing.
     */
    public static void checkSigning(Review review, List<ApprovalStep> chain) {
        if (chain.isEmpty() && (review == null || !review.status.underway())) {
            return;
        }
        List<String> missing = new ArrayList<>();
        List<ReviewStep> reviewed = review == null || !review.status.underway() ? List.of() : review.steps;
        for (ApprovalStep required : chain) {
            if (reviewed.stream().noneMatch(step -> step.step().name().equals(required.name()))) {
                missing.add("approval: " + required.described());
            }
        }
        reviewed.stream().filter(step -> step.decision() != Decision.APPROVED)
                .forEach(step -> missing.add("approval: " + step.step().described()));
        if (!missing.isEmpty()) {
            throw new Refusal(Refusal.Reason.MISSING_DETAIL, "Approval missing",
                    "Cannot sign before every step approved the current version; missing " + String.join("; ", missing)
                            + ".").with("missing", missing);
        }
    }

    /** The rules a decision obeys, in order: an open review, a current version, not the caller's own text, and their step. */
    private int checkDecision(String approver, Set<Role> roles, long reviewedVersion) {
        if (status != Status.OPEN) {
            throw Refusal.conflict(switch (status) {
                case CHANGES_REQUESTED -> "Changes were requested; the chain restarts when the text is edited.";
                case APPROVED -> "Every step approved this version already.";
                default -> "The review was withdrawn.";
            });
        }
        if (reviewedVersion < textVersion) {
            throw Refusal.conflict("Version " + reviewedVersion + " is not the current text: it changed at version "
                    + textVersion + ". Read the agreement again and review that version.")
                    .with("currentTextVersion", textVersion);
        }
        int index = IntStream.range(0, steps.size()).filter(i -> steps.get(i).decision() == Decision.PENDING)
                .findFirst().orElseThrow();
        if (approver.equals(submittedBy) || approver.equals(lastEditedBy)) {
            throw Refusal.notPermitted(SEPARATION_OF_DUTIES, "Separation of duties: whoever submitted or last edited "
                    + "the text cannot approve it (" + approver + ").");
        }
        ApprovalStep step = steps.get(index).step();
        if (!step.approvableBy(approver, roles)) {
            throw Refusal.notPermitted(NOT_YOUR_STEP, "The current step is " + step.described() + "; it is not yours.")
                    .with("step", step.name());
        }
        return index;
    }

    public ReviewSnapshot snapshot() {
        return new ReviewSnapshot(status.name(), submittedBy, textVersion, steps.stream()
                .map(step -> new ReviewSnapshot.Step(step.step().name(), step.step().user(), step.step().role(),
                        step.decision().name(), step.decidedBy(), step.comment()))
                .toList());
    }

    private List<ReviewStep> replaced(int index, ReviewStep step) {
        List<ReviewStep> replaced = new ArrayList<>(steps);
        replaced.set(index, step);
        return List.copyOf(replaced);
    }
}
