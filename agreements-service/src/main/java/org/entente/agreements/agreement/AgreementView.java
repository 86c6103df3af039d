package org.entente.agreements.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.entente.agreements.agreement.AgreementRecords.DocumentRef;
import org.entente.agreements.agreement.AgreementRecords.Renewal;
import org.entente.agreements.agreement.AgreementRecords.StaffMember;
import org.entente.agreements.agreement.AgreementRecords.StatusChange;

/** An agreement as the API shows it: its details, lifecycle and history, without what only the service keeps (notices sent, search keys). */
public record AgreementView(
        String id,
        long version,
        String code,
        AgreementKind kind,
        Map<String, String> title,
        String summary,
        List<String> themes,
        List<Party> parties,
        LocalDate signedOn,
        String signedAt,
        LocalDate effectiveFrom,
        LocalDate expiresOn,
        Integer renewalNoticeDays,
        Confidentiality confidentiality,
        AccessList access,
        StaffMember responsible,
        AgreementStatus status,
        List<StatusChange> statusHistory,
        List<Renewal> renewals,
        List<DocumentRef> documents,
        Instant createdAt,
        Instant updatedAt,
        String createdBy,
        String updatedBy) {

    public static AgreementView of(Agreement agreement) {
        return new AgreementView(agreement.id(), agreement.version(), agreement.code(), agreement.kind(),
                agreement.title(), agreement.summary(), agreement.themes(), agreement.parties(),
                agreement.signedOn(), agreement.signedAt(), agreement.effectiveFrom(), agreement.expiresOn(),
                agreement.renewalNoticeDays(), agreement.confidentiality(), agreement.access(),
                agreement.responsible(), agreement.status(), agreement.statusHistory(), agreement.renewals(),
                agreement.documents(), agreement.createdAt(), agreement.updatedAt(), agreement.createdBy(),
                agreement.updatedBy());
    }
}
