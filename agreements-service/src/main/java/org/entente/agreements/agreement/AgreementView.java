package org.entente.agreements.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.entente.agreements.agreement.AgreementRecords.DocumentRef;
import org.entente.agreements.agreement.AgreementRecords.Renewal;
import org.entente.agreements.agreement.AgreementRecords.StaffMember;
import org.entente.agreements.agreement.AgreementRecords.StatusChange;
import org.entente.agreements.agreement.review.Review;
import org.entente.agreements.contact.Contact;
import org.entente.platform.domain.Audit;

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
        /* The moves staff may ask for from this status, from the lifecycle rule the service enforces. */
        List<AllowedMove> allowedMoves,
        List<StatusChange> statusHistory,
        List<Renewal> renewals,
        List<DocumentRef> documents,
        Instant createdAt,
        Instant updatedAt,
        String createdBy,
        String updatedBy,
        /* The review before signature and its chain, or null if it was never submitted. */
        Review review,
        /* Expiry minus the notice period, null without both; the reminders and the decision for the coming term. */
        LocalDate noticeDeadline,
        RenewalNotice renewalNotice,
        List<Contact> contacts) {

    /** A move the lifecycle allows from the current status: its name, the status it leads to, the fields its form asks for. */
    public record AllowedMove(LifecycleMove move, AgreementStatus to, List<String> inputs) {

        static List<AllowedMove> from(AgreementStatus status) {
            return LifecycleMove.from(status).stream()
                    .map(move -> new AllowedMove(move, move.to(status), move.inputs())).toList();
        }
    }

    public static AgreementView of(Agreement agreement) {
        Agreement.Details details = agreement.details();
        Agreement.Lifecycle lifecycle = agreement.lifecycle();
        Audit audit = agreement.audit();
        return new AgreementView(agreement.id(), agreement.version(), details.code(), details.kind(), details.title(),
                details.summary(), details.themes(), details.parties(), details.signedOn(), details.signedAt(),
                details.effectiveFrom(), details.expiresOn(), details.renewalNoticeDays(), details.confidentiality(),
                agreement.access(), details.responsible(), lifecycle.status(), AllowedMove.from(lifecycle.status()),
                lifecycle.statusHistory(),
                lifecycle.renewals(), agreement.documents(), audit.createdAt(), audit.updatedAt(), audit.createdBy(),
                audit.updatedBy(), agreement.review(), agreement.noticeDeadline(), agreement.renewalNotice(),
                agreement.contacts());
    }
}
