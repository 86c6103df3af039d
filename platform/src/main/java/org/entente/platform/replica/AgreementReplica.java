package org.entente.platform.replica;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.entente.events.agreement.AccessSnapshot;
import org.entente.events.agreement.AgreementSnapshot;
import org.entente.events.agreement.AgreementStatus;
import org.entente.events.agreement.PartySnapshot;
import org.entente.platform.security.Caller;
import org.entente.platform.security.RestrictedAccess;

/**
 * What a consuming service knows of an agreement, learnt from agreement events (or, in
 * actions-service, once from agreements-service itself): what matching and roll-ups need
 * (parties' organizations and countries, themes, confidentiality), what plans check (status),
 * what messages and feeds name (code, titles, dates, the renewal notice deadline), and what
 * transparency reports add (kind, effective date, parties with their roles, documents).
 */
public record AgreementReplica(
        String id,
        long version,
        String code,
        Map<String, String> title,
        String status,
        List<String> themes,
        String confidentiality,
        /* Who may see it while it is RESTRICTED. */
        AccessSnapshot access,
        List<String> organizationIds,
        List<String> countries,
        LocalDate signedOn,
        LocalDate expiresOn,
        Instant updatedAt,
        /* The renewal notice deadline (expiry minus the notice period), for the calendars. */
        LocalDate noticeDeadline,
        /* What transparency reports (IATI) say of it: its kind, when it took effect, its parties with their roles, its summary. */
        String kind,
        LocalDate effectiveFrom,
        List<PartySnapshot> parties,
        String summary,
        /* The files attached, in the order they were, learnt from document-added events. */
        List<Document> documents) {

    /** A file attached to the agreement (the signed PDF, an annex). */
    public record Document(String id, String fileName, String contentType) {
    }

    public static final String COLLECTION = "agreements";

    /** The replica of the agreement as this snapshot has it, learnt at that time. */
    public static AgreementReplica of(AgreementSnapshot agreement, Instant learntAt) {
        List<PartySnapshot> parties = agreement.parties() == null ? List.of() : agreement.parties();
        return new AgreementReplica(agreement.agreementId(), agreement.version(), agreement.code(), agreement.title(),
                agreement.status(), agreement.themes(), agreement.confidentiality(), agreement.access(),
                distinct(parties.stream().map(PartySnapshot::organizationId).toList()),
                distinct(parties.stream().map(PartySnapshot::country).toList()),
                agreement.signedOn(), agreement.expiresOn(), learntAt, agreement.noticeDeadline(), agreement.kind(),
                agreement.effectiveFrom(), parties, agreement.summary(), List.of());
    }

    /** The parties, none when the replica was learnt before it kept them. */
    public List<PartySnapshot> partiesOrNone() {
        return parties == null ? List.of() : parties;
    }

    public List<Document> documentsOrNone() {
        return documents == null ? List.of() : documents;
    }

    public boolean restricted() {
        return RestrictedAccess.RESTRICTED.equals(confidentiality);
    }

    /** Whether this caller (a reader, or a subscriber as a notification's recipient) may know of the agreement. */
    public boolean visibleTo(Caller caller) {
        return RestrictedAccess.allows(caller, confidentiality, access);
    }

    /** Closed (terminated, expired, abandoned): it takes no new action items. */
    public boolean isClosed() {
        return AgreementStatus.of(status).map(AgreementStatus::isClosed).orElse(false);
    }

    /** Terminated or abandoned before its term: what was open of its plan is cancelled. */
    public boolean isBrokenOff() {
        return AgreementStatus.of(status).map(AgreementStatus::isBrokenOff).orElse(false);
    }

    public boolean isSuspended() {
        return AgreementStatus.of(status).filter(AgreementStatus.SUSPENDED::equals).isPresent();
    }

    /** The title in this language, else in any language given, else the code. */
    public String title(String language) {
        if (title == null || title.isEmpty()) {
            return code;
        }
        return title.getOrDefault(language, title.values().iterator().next());
    }

    static List<String> distinct(List<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).distinct().toList();
    }
}
