package org.entente.console.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An agreement as agreements-service answers it: what the console reads, nothing it decides. */
public record Agreement(
        String id,
        long version,
        String code,
        String kind,
        Map<String, String> title,
        String summary,
        List<String> themes,
        List<Party> parties,
        LocalDate signedOn,
        String signedAt,
        LocalDate effectiveFrom,
        LocalDate expiresOn,
        Integer renewalNoticeDays,
        String confidentiality,
        Access access,
        StaffMember responsible,
        String status,
        List<AllowedMove> allowedMoves,
        List<StatusChange> statusHistory,
        List<Renewal> renewals,
        List<DocumentRef> documents,
        Instant createdAt,
        Instant updatedAt,
        String createdBy,
        String updatedBy,
        Review review) {

    public record Party(String organizationId, String organizationName, String country, String role, Signatory signatory) {
    }

    public record Signatory(String name, String title) {
    }

    public record Access(List<String> users, List<String> roles) {
    }

    public record StaffMember(String name, String email) {
    }

    /**
     * A move agreements-service allows from the current status: its name (SIGN, RENEW...), the status it
     * leads to and the request fields its form asks for (on, place, reason, expiresOn, note).
     */
    public record AllowedMove(String move, String to, List<String> inputs) {

        static final String RENEW = "RENEW";

        public boolean asks(String input) {
            return inputs != null && inputs.contains(input);
        }

        /** What the move's inputs and button are named after: its target status, or RENEW. */
        public String key() {
            return RENEW.equals(move) ? RENEW : to;
        }

        String path() {
            return RENEW.equals(move) ? "/api/agreements/{id}/renewals" : "/api/agreements/{id}/status";
        }
    }

    /** The allowed move named by {@code key} (see {@link AllowedMove#key()}), or null if the service offers none. */
    AllowedMove allowedMove(String key) {
        return allowedMoves == null ? null
                : allowedMoves.stream().filter(move -> move.key().equals(key)).findFirst().orElse(null);
    }

    public record StatusChange(String from, String to, LocalDate on, String reason, Instant at) {
    }

    public record Renewal(LocalDate previousExpiresOn, LocalDate expiresOn, String note, Instant at) {
    }

    public record DocumentRef(String id, String fileName, String contentType, long size, Instant uploadedAt) {
    }

    /** The review before signature as the service keeps it, or null if the agreement was never submitted. */
    public record Review(String status, String submittedBy, Instant submittedAt, String lastEditedBy, long textVersion,
                         List<ReviewStep> steps) {

        /** The step waiting for a decision: the first pending one, while the review is open. */
        public ReviewStep currentStep() {
            return !"OPEN".equals(status) || steps == null ? null
                    : steps.stream().filter(step -> "PENDING".equals(step.decision())).findFirst().orElse(null);
        }

        public boolean underway() {
            return !"WITHDRAWN".equals(status);
        }
    }

    public record ReviewStep(ApprovalStep step, boolean addedBySubmitter, String decision, String decidedBy,
                             String comment, Instant decidedAt) {
    }

    /** Who decides a step: a named user, or anyone holding a role. */
    public record ApprovalStep(String name, String user, String role) {
    }

    public boolean restricted() {
        return "RESTRICTED".equals(confidentiality);
    }
}
