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
        List<StatusChange> statusHistory,
        List<Renewal> renewals,
        List<DocumentRef> documents,
        Instant createdAt,
        Instant updatedAt,
        String createdBy,
        String updatedBy) {

    public record Party(String organizationId, String organizationName, String country, String role, Signatory signatory) {
    }

    public record Signatory(String name, String title) {
    }

    public record Access(List<String> users, List<String> roles) {
    }

    public record StaffMember(String name, String email) {
    }

    public record StatusChange(String from, String to, LocalDate on, String reason, Instant at) {
    }

    public record Renewal(LocalDate previousExpiresOn, LocalDate expiresOn, String note, Instant at) {
    }

    public record DocumentRef(String id, String fileName, String contentType, long size, Instant uploadedAt) {
    }

    public boolean restricted() {
        return "RESTRICTED".equals(confidentiality);
    }
}
