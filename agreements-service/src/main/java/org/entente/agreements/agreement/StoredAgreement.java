package org.entente.agreements.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.entente.agreements.agreement.AgreementRecords.DocumentRef;
import org.entente.agreements.agreement.AgreementRecords.Renewal;
import org.entente.agreements.agreement.AgreementRecords.StaffMember;
import org.entente.agreements.agreement.AgreementRecords.StatusChange;
import org.entente.agreements.agreement.review.Review;
import org.entente.agreements.contact.Contact;
import org.entente.platform.domain.Audit;
import org.entente.platform.outbox.StoredAs;
import org.entente.platform.web.SearchText;

/**
 * An agreement as MongoDB stores it (the persistence model): one flat document that the queries and indexes name
 * field by field ({@code code}, {@code status}, {@code parties.organizationId}, {@code expiresOn}, {@code noticeDeadline},
 * {@code searchKeys}), whatever the aggregate's own shape.
 */
record StoredAgreement(
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
        List<Integer> expiryNoticesSent,
        /* What the list's q matches: the code, the titles, the summary and the parties' names, normalized. */
        List<String> searchKeys,
        Instant createdAt,
        Instant updatedAt,
        /* Token subjects, stamped by the store. */
        String createdBy,
        String updatedBy,
        Review review,
        RenewalNotice renewalNotice,
        /* Kept for the daily job's query; the aggregate computes it. */
        LocalDate noticeDeadline,
        List<Contact> contacts) {

    static final StoredAs<Agreement, StoredAgreement> STORAGE =
            new StoredAs<>(StoredAgreement.class, StoredAgreement::of, StoredAgreement::toAgreement);

    static StoredAgreement of(Agreement agreement) {
        Agreement.Details details = agreement.details();
        Agreement.Lifecycle lifecycle = agreement.lifecycle();
        Audit audit = agreement.audit();
        return new StoredAgreement(agreement.id(), agreement.version(), details.code(), details.kind(),
                details.title(), details.summary(), details.themes(), details.parties(), details.signedOn(),
                details.signedAt(), details.effectiveFrom(), details.expiresOn(), details.renewalNoticeDays(),
                details.confidentiality(), agreement.access(), details.responsible(), lifecycle.status(),
                lifecycle.statusHistory(), lifecycle.renewals(), agreement.documents(), lifecycle.expiryNoticesSent(),
                searchKeys(details), audit.createdAt(), audit.updatedAt(), audit.createdBy(), audit.updatedBy(),
                agreement.review(), agreement.renewalNotice(), agreement.noticeDeadline(), agreement.contacts());
    }

    Agreement toAgreement() {
        return new Agreement(id, version,
                new Agreement.Details(code, kind, title, summary, themes, parties, signedOn, signedAt, effectiveFrom,
                        expiresOn, renewalNoticeDays, confidentiality, responsible),
                access, new Agreement.Lifecycle(status, statusHistory, renewals, expiryNoticesSent),
                documents == null ? List.of() : documents, new Audit(createdAt, updatedAt, createdBy, updatedBy), review,
                renewalNotice == null ? RenewalNotice.none() : renewalNotice, // stored before notices were kept
                contacts == null ? List.of() : contacts);
    }

    private static List<String> searchKeys(Agreement.Details details) {
        return Stream.concat(Stream.concat(Stream.of(details.code(), details.summary()), details.title().values().stream()),
                        details.parties().stream().map(Party::organizationName))
                .filter(Objects::nonNull).map(SearchText::normalize).distinct().toList();
    }
}
