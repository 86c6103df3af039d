package org.entente.agreements.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import org.entente.agreements.agreement.AgreementRecords.DocumentRef;
import org.entente.agreements.agreement.AgreementRecords.Renewal;
import org.entente.agreements.agreement.AgreementRecords.StaffMember;
import org.entente.agreements.agreement.AgreementRecords.StatusChange;
import org.entente.events.EventCatalog;
import org.entente.events.agreement.AgreementAccessChanged;
import org.entente.events.agreement.AgreementCreated;
import org.entente.events.agreement.AgreementDocumentAdded;
import org.entente.events.agreement.AgreementExpiring;
import org.entente.events.agreement.AgreementRenewed;
import org.entente.events.agreement.AgreementSnapshot;
import org.entente.events.agreement.AgreementStatusChanged;
import org.entente.events.agreement.AgreementUpdated;
import org.entente.platform.domain.NoticeThresholds;
import org.entente.platform.outbox.Aggregate;
import org.entente.platform.outbox.Change;
import org.entente.platform.outbox.NewEvent;
import org.entente.platform.security.Caller;
import org.entente.platform.security.RestrictedAccess;
import org.entente.platform.web.SearchText;

/**
 * A memorandum, framework agreement, protocol or joint project between organizations.
 * Each command checks its rule (see {@link AgreementRules}) and returns the new state with
 * the one event it caused.
 */
public record Agreement(
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
        /* Who may see it while it is RESTRICTED. */
        AccessList access,
        StaffMember responsible,
        AgreementStatus status,
        List<StatusChange> statusHistory,
        List<Renewal> renewals,
        List<DocumentRef> documents,
        /* Days-before thresholds already announced for the current expiry date. */
        List<Integer> expiryNoticesSent,
        List<String> searchKeys,
        Instant createdAt,
        Instant updatedAt,
        /* Token subjects, stamped by the store. */
        String createdBy,
        String updatedBy) implements Aggregate {

    /** Days ahead of the expiry date at which {@code agreement.expiring} is announced. */
    public static final NoticeThresholds EXPIRY_NOTICES = new NoticeThresholds(List.of(90, 30, 7));

    /** What staff enter and edit; status and history change only through the lifecycle. */
    public record Details(String code, AgreementKind kind, Map<String, String> title, String summary,
                          List<String> themes, List<Party> parties, LocalDate signedOn, String signedAt,
                          LocalDate effectiveFrom, LocalDate expiresOn, Integer renewalNoticeDays,
                          Confidentiality confidentiality, StaffMember responsible) {
    }

    /** A new DRAFT; if it is restricted, its access list starts with whoever registered it. */
    public static Change<Agreement> register(Details details, Instant now, String registeredBy) {
        AgreementRules.checkDetails(details);
        Agreement agreement = new Agreement(UUID.randomUUID().toString(), 1, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, AgreementStatus.DRAFT, List.of(), List.of(), List.of(),
                List.of(), List.of(), now, now, null, null).withDetails(details, 1, now, registeredBy);
        return agreement.caused(agreement, EventCatalog.AGREEMENT_CREATED, new AgreementCreated(agreement.snapshot()));
    }

    /** Replaces the editable details; nothing changed means no new version and no event. */
    public Change<Agreement> edit(Details details, Instant now, String editedBy) {
        AgreementRules.checkDetails(details);
        Agreement edited = withDetails(details, version + 1, now, editedBy);
        List<String> changed = changedFields(edited);
        if (changed.isEmpty()) {
            return Change.none(this);
        }
        if (!Objects.equals(expiresOn, edited.expiresOn)) {
            edited = edited.with(draft -> draft.expiryNoticesSent = List.of());
        }
        return caused(edited, EventCatalog.AGREEMENT_UPDATED, new AgreementUpdated(edited.snapshot(), changed));
    }

    /**
     * The move a staff member asks for by its target status; each target has its own command
     * below, with its own needs. EXPIRED is not asked for: an agreement expires by itself.
     */
    public Change<Agreement> moveTo(AgreementStatus to, LocalDate on, String place, String reason,
                                    LocalDate today, Instant now) {
        return switch (to) {
            case DRAFT -> refuseMove(to);
            case NEGOTIATION -> startNegotiation(on, today, now);
            case SIGNED -> sign(on, place, today, now);
            case ACTIVE -> activate(on, today, now);
            case SUSPENDED -> suspend(on, reason, today, now);
            case TERMINATED -> terminate(on, reason, today, now);
            case ABANDONED -> abandon(on, reason, today, now);
            case EXPIRED -> throw AgreementRules.expiringByHand(this);
        };
    }

    public Change<Agreement> startNegotiation(LocalDate on, LocalDate today, Instant now) {
        AgreementRules.checkMove(this, AgreementStatus.NEGOTIATION);
        return moved(AgreementStatus.NEGOTIATION, on != null ? on : today, null, now, draft -> { });
    }

    /**
     * Signing needs the date, given or entered before (not in the future), and a signatory on at
     * least two parties. The place given replaces the one entered.
     */
    public Change<Agreement> sign(LocalDate on, String place, LocalDate today, Instant now) {
        AgreementRules.checkMove(this, AgreementStatus.SIGNED);
        AgreementRules.checkSigning(this, on, today);
        LocalDate signedOnDay = on != null ? on : signedOn; // the date that passed the check
        return moved(AgreementStatus.SIGNED, signedOnDay, null, now, draft -> {
            draft.signedOn = signedOnDay;
            draft.signedAt = place != null ? place : signedAt;
        });
    }

    /** In force from the day given (today by default), unless its effective date was entered already. */
    public Change<Agreement> activate(LocalDate on, LocalDate today, Instant now) {
        AgreementRules.checkMove(this, AgreementStatus.ACTIVE);
        LocalDate from = on != null ? on : today;
        return moved(AgreementStatus.ACTIVE, from, null, now, draft -> {
            if (effectiveFrom == null) {
                draft.effectiveFrom = from;
            }
        });
    }

    public Change<Agreement> suspend(LocalDate on, String reason, LocalDate today, Instant now) {
        return closingMove(AgreementStatus.SUSPENDED, on, reason, today, now);
    }

    public Change<Agreement> terminate(LocalDate on, String reason, LocalDate today, Instant now) {
        return closingMove(AgreementStatus.TERMINATED, on, reason, today, now);
    }

    public Change<Agreement> abandon(LocalDate on, String reason, LocalDate today, Instant now) {
        return closingMove(AgreementStatus.ABANDONED, on, reason, today, now);
    }

    /** Suspending, terminating and abandoning each need a reason. */
    private Change<Agreement> closingMove(AgreementStatus to, LocalDate on, String reason, LocalDate today,
                                          Instant now) {
        AgreementRules.checkMove(this, to);
        AgreementRules.checkReason(to, reason);
        return moved(to, on != null ? on : today, reason, now, draft -> { });
    }

    private Change<Agreement> refuseMove(AgreementStatus to) {
        AgreementRules.checkMove(this, to);
        throw new IllegalStateException("no move leads back to " + to); // checkMove refuses it first
    }

    private Change<Agreement> moved(AgreementStatus to, LocalDate on, String reason, Instant now,
                                    java.util.function.Consumer<Draft> effects) {
        Agreement moved = with(draft -> {
            draft.status = to;
            effects.accept(draft);
            draft.statusHistory = append(statusHistory, new StatusChange(status, to, on, reason, now));
        }, now);
        return caused(moved, EventCatalog.AGREEMENT_STATUS_CHANGED,
                new AgreementStatusChanged(moved.snapshot(), status.name(), to.name(), on, reason));
    }

    public Change<Agreement> renew(LocalDate newExpiresOn, String note, LocalDate today, Instant now) {
        AgreementRules.checkRenewal(this, newExpiresOn, today);
        Agreement renewed = with(draft -> {
            draft.expiresOn = newExpiresOn;
            draft.expiryNoticesSent = List.of();
            draft.renewals = append(renewals, new Renewal(expiresOn, newExpiresOn, note, now));
            if (status == AgreementStatus.EXPIRED) {
                draft.status = AgreementStatus.ACTIVE;
                draft.statusHistory = append(statusHistory,
                        new StatusChange(status, AgreementStatus.ACTIVE, today, "renewed until " + newExpiresOn, now));
            }
        }, now);
        return caused(renewed, EventCatalog.AGREEMENT_RENEWED,
                new AgreementRenewed(renewed.snapshot(), expiresOn, newExpiresOn, status.name(), note));
    }

    /** Replaces the access list; the same list again changes nothing. */
    public Change<Agreement> changeAccess(AccessList newAccess, Instant now) {
        AccessList normalized = newAccess.normalized();
        if (normalized.equals(access)) {
            return Change.none(this);
        }
        Agreement changed = with(draft -> draft.access = normalized, now);
        return caused(changed, EventCatalog.AGREEMENT_ACCESS_CHANGED,
                new AgreementAccessChanged(changed.snapshot(), access == null ? null : access.snapshot()));
    }

    /** Whether the caller may know of this agreement: a restricted one only shows to its access list. */
    public boolean visibleTo(Caller caller) {
        return RestrictedAccess.allows(caller, confidentiality.name(), access == null ? null : access.snapshot());
    }

    public Change<Agreement> addDocument(DocumentRef document, Instant now) {
        Agreement withDocument = with(draft -> draft.documents = append(documents, document), now);
        return caused(withDocument, EventCatalog.AGREEMENT_DOCUMENT_ADDED, new AgreementDocumentAdded(
                withDocument.snapshot(), document.id(), document.fileName(), document.contentType(), document.size()));
    }

    /** The daily job's move: an active agreement past its expiry date is EXPIRED. */
    public Optional<Change<Agreement>> expireIfDue(LocalDate today, Instant now) {
        if (status != AgreementStatus.ACTIVE || expiresOn == null || !expiresOn.isBefore(today)) {
            return Optional.empty();
        }
        Agreement expired = with(draft -> {
            draft.status = AgreementStatus.EXPIRED;
            draft.statusHistory = append(statusHistory, new StatusChange(status, AgreementStatus.EXPIRED, today,
                    "expiry date " + expiresOn + " passed", now));
        }, now);
        return Optional.of(caused(expired, EventCatalog.AGREEMENT_STATUS_CHANGED, new AgreementStatusChanged(
                expired.snapshot(), status.name(), AgreementStatus.EXPIRED.name(), today, "expiry date " + expiresOn + " passed")));
    }

    /**
     * The daily job's notice: the nearest threshold (90, 30 or 7 days) reached and not yet
     * announced for this expiry date, while the agreement runs ({@link AgreementStatus#RUNNING}).
     */
    public Optional<Change<Agreement>> expiryNoticeIfDue(LocalDate today, Instant now) {
        if (!AgreementStatus.RUNNING.contains(status) || expiresOn == null || expiresOn.isBefore(today)) {
            return Optional.empty();
        }
        long daysLeft = ChronoUnit.DAYS.between(today, expiresOn);
        Optional<Integer> threshold = EXPIRY_NOTICES.due(daysLeft, expiryNoticesSent::contains);
        if (threshold.isEmpty()) {
            return Optional.empty();
        }
        int days = threshold.get();
        Agreement noticed = with(draft -> draft.expiryNoticesSent = EXPIRY_NOTICES.settledBy(days), now);
        return Optional.of(caused(noticed, EventCatalog.AGREEMENT_EXPIRING,
                new AgreementExpiring(noticed.snapshot(), days, daysLeft)));
    }

    public AgreementSnapshot snapshot() {
        return new AgreementSnapshot(id, version, code, kind.name(), title, themes, status.name(),
                parties.stream().map(Party::snapshot).toList(), signedOn, signedAt, effectiveFrom, expiresOn,
                confidentiality.name(),
                confidentiality == Confidentiality.RESTRICTED && access != null ? access.snapshot() : null,
                responsible == null ? null : responsible.name(),
                responsible == null ? null : responsible.email());
    }

    /** The details as staff would send them back in a PUT: the base of a merge patch. */
    public Details details() {
        return new Details(code, kind, title, summary, themes, parties, signedOn, signedAt, effectiveFrom, expiresOn,
                renewalNoticeDays, confidentiality, responsible);
    }

    private Agreement withDetails(Details details, long newVersion, Instant now, String actor) {
        Agreement changed = with(draft -> {
            draft.code = details.code().trim();
            draft.kind = details.kind();
            draft.title = new TreeMap<>(details.title());
            draft.summary = details.summary();
            draft.themes = details.themes() == null ? List.of() : details.themes().stream().distinct().toList();
            draft.parties = List.copyOf(details.parties());
            draft.signedOn = details.signedOn();
            draft.signedAt = details.signedAt();
            draft.effectiveFrom = details.effectiveFrom();
            draft.expiresOn = details.expiresOn();
            draft.renewalNoticeDays = details.renewalNoticeDays();
            draft.confidentiality = details.confidentiality() == null ? Confidentiality.INTERNAL : details.confidentiality();
            draft.responsible = details.responsible();
            // Whoever makes it restricted must not lock themselves out of it.
            if (draft.confidentiality == Confidentiality.RESTRICTED && draft.access == null) {
                draft.access = AccessList.onlyFor(actor);
            }
        }, now);
        return new Agreement(changed.id, newVersion, changed.code, changed.kind, changed.title, changed.summary,
                changed.themes, changed.parties, changed.signedOn, changed.signedAt, changed.effectiveFrom,
                changed.expiresOn, changed.renewalNoticeDays, changed.confidentiality, changed.access, changed.responsible,
                changed.status, changed.statusHistory, changed.renewals, changed.documents, changed.expiryNoticesSent,
                searchKeys(changed), changed.createdAt, changed.updatedAt, changed.createdBy, changed.updatedBy);
    }

    private static List<String> searchKeys(Agreement agreement) {
        return Stream.concat(Stream.concat(Stream.of(agreement.code, agreement.summary), agreement.title.values().stream()),
                        agreement.parties.stream().map(Party::organizationName))
                .filter(Objects::nonNull).map(SearchText::normalize).distinct().toList();
    }

    private List<String> changedFields(Agreement other) {
        Map<String, Boolean> differs = new LinkedHashMap<>();
        differs.put("code", !Objects.equals(code, other.code));
        differs.put("kind", kind != other.kind);
        differs.put("title", !Objects.equals(title, other.title));
        differs.put("summary", !Objects.equals(summary, other.summary));
        differs.put("themes", !Objects.equals(themes, other.themes));
        differs.put("parties", !Objects.equals(parties, other.parties));
        differs.put("signedOn", !Objects.equals(signedOn, other.signedOn));
        differs.put("signedAt", !Objects.equals(signedAt, other.signedAt));
        differs.put("effectiveFrom", !Objects.equals(effectiveFrom, other.effectiveFrom));
        differs.put("expiresOn", !Objects.equals(expiresOn, other.expiresOn));
        differs.put("renewalNoticeDays", !Objects.equals(renewalNoticeDays, other.renewalNoticeDays));
        differs.put("confidentiality", confidentiality != other.confidentiality);
        differs.put("responsible", !Objects.equals(responsible, other.responsible));
        return differs.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    }

    private Change<Agreement> caused(Agreement next, org.entente.events.EventType type, Record payload) {
        return new Change<>(next, List.of(new NewEvent(type, next.id, payload)));
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> appended = new ArrayList<>(list);
        appended.add(item);
        return List.copyOf(appended);
    }

    /** A copy with some fields changed, at the next version. */
    private Agreement with(java.util.function.Consumer<Draft> changes, Instant now) {
        Draft draft = new Draft(this);
        changes.accept(draft);
        draft.version = version + 1;
        draft.updatedAt = now;
        return draft.build();
    }

    /** A copy with some fields changed, at the same version. */
    private Agreement with(java.util.function.Consumer<Draft> changes) {
        Draft draft = new Draft(this);
        changes.accept(draft);
        return draft.build();
    }

    /** The mutable working copy behind {@link #with}: records have no withers. */
    private static final class Draft {
        String id; long version; String code; AgreementKind kind; Map<String, String> title; String summary;
        List<String> themes; List<Party> parties; LocalDate signedOn; String signedAt; LocalDate effectiveFrom;
        LocalDate expiresOn; Integer renewalNoticeDays; Confidentiality confidentiality; AccessList access;
        StaffMember responsible;
        AgreementStatus status; List<StatusChange> statusHistory; List<Renewal> renewals; List<DocumentRef> documents;
        List<Integer> expiryNoticesSent; List<String> searchKeys; Instant createdAt; Instant updatedAt;
        String createdBy; String updatedBy;

        Draft(Agreement a) {
            id = a.id; version = a.version; code = a.code; kind = a.kind; title = a.title; summary = a.summary;
            themes = a.themes; parties = a.parties; signedOn = a.signedOn; signedAt = a.signedAt;
            effectiveFrom = a.effectiveFrom; expiresOn = a.expiresOn; renewalNoticeDays = a.renewalNoticeDays;
            confidentiality = a.confidentiality; access = a.access; responsible = a.responsible; status = a.status;
            statusHistory = a.statusHistory; renewals = a.renewals; documents = a.documents;
            expiryNoticesSent = a.expiryNoticesSent; searchKeys = a.searchKeys; createdAt = a.createdAt;
            updatedAt = a.updatedAt; createdBy = a.createdBy; updatedBy = a.updatedBy;
        }

        Agreement build() {
            return new Agreement(id, version, code, kind, title, summary, themes, parties, signedOn, signedAt,
                    effectiveFrom, expiresOn, renewalNoticeDays, confidentiality, access, responsible, status,
                    statusHistory, renewals, documents, expiryNoticesSent, searchKeys, createdAt, updatedAt, createdBy,
                    updatedBy);
        }
    }
}
