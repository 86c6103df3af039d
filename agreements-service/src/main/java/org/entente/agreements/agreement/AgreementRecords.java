package org.entente.agreements.agreement;

import java.time.Instant;
import java.time.LocalDate;

/** The small records an agreement keeps in its history. */
public final class AgreementRecords {

    private AgreementRecords() {
    }

    /** The staff member who looks after the agreement. */
    public record StaffMember(String name, String email) {
    }

    /** One move in the lifecycle. */
    public record StatusChange(AgreementStatus from, AgreementStatus to, LocalDate on, String reason, Instant at) {
    }

    /** One renewal: the expiry before and after. */
    public record Renewal(LocalDate previousExpiresOn, LocalDate expiresOn, String note, Instant at) {
    }

    /** A file attached to the agreement; its content is in GridFS under the same id. */
    public record DocumentRef(String id, String fileName, String contentType, long size, Instant uploadedAt) {
    }
}
