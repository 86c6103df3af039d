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

import org.entente.agreements.agreement.AgreementRecords.DocumentRef;
import org.entente.agreements.agreement.AgreementRecords.Renewal;
import org.entente.agreements.agreement.AgreementRecords.StaffMember;
import org.entente.agreements.agreement.AgreementRecords.StatusChange;
import org.entente.agreements.agreement.review.ApprovalStep;
import org.entente.agreements.agreement.review.Review;
import org.entente.agreements.contact.Contact;
import org.entente.events.EventCatalog;
import org.entente.events.EventType;
import org.entente.events.agreement.AgreementAccessChanged;
import org.entente.events.agreement.AgreementContactsChanged;
import org.entente.events.agreement.AgreementCreated;
import org.entente.events.agreement.AgreementDocumentAdded;
import org.entente.events.agreement.AgreementExpiring;
import org.entente.events.agreement.AgreementNoticeDue;
import org.entente.events.agreement.AgreementNoticeLapsed;
import org.entente.events.agreement.AgreementRenewalDecided;
import org.entente.events.agreement.AgreementRenewed;
import org.entente.events.agreement.AgreementReviewApproved;
import org.entente.events.agreement.AgreementReviewChangesRequested;
import org.entente.events.agreement.AgreementReviewRestarted;
import org.entente.events.agreement.AgreementReviewStepAdded;
import org.entente.events.agreement.AgreementReviewSubmitted;
import org.entente.events.agreement.AgreementReviewWithdrawn;
import org.entente.events.agreement.AgreementSnapshot;
import org.entente.events.agreement.AgreementStakeholdersAdded;
import org.entente.events.agreement.AgreementStatusChanged;
import org.entente.events.agreement.AgreementUpdated;
import org.entente.platform.domain.Audit;
import org.entente.platform.domain.NoticeThresholds;
import org.entente.platform.domain.Refusal;
import org.entente.platform.outbox.Aggregate;
import org.entente.platform.outbox.Change;
import org.entente.platform.outbox.NewEvent;
import org.entente.platform.security.Caller;
import org.entente.platform.security.RestrictedAccess;

/**
 * A memorandum, framework agreement, protocol or joint project between organizations: what
 * staff entered ({@link Details}), where it stands ({@link Lifecycle}), who may see it, its
 * files, and who made and changed it ({@link Audit}). Each command checks its rule (see
 * {@link AgreementRules}) and returns the new state with the one event it caused.
 */
public record Agreement(
        String id,
        long version,
        Details details,
        /* Who may see it while it is RESTRICTED. */
        AccessList access,
        Lifecycle lifecycle,
        List<DocumentRef> documents,
        Audit audit,
        /* Its review before signature, if it was submitted to one. */
        Review review,
        RenewalNotice renewalNotice,
        /* The people to deal with on it; focal points can be made stakeholders in one step. */
        List<Contact> contacts) implements Aggregate {

    /** Days ahead of the expiry date at which {@code agreement.expiring} is announced. */
    public static final NoticeThresholds EXPIRY_NOTICES = new NoticeThresholds(List.of(90, 30, 7));

    /** What staff enter and edit; signing and bringing into force also fill in their dates. */
    public record Details(String code, AgreementKind kind, Map<String, String> title, String summary,
                          List<String> themes, List<Party> parties, LocalDate signedOn, String signedAt,
                          LocalDate effectiveFrom, LocalDate expiresOn, Integer renewalNoticeDays,
                          Confidentiality confidentiality, StaffMember responsible) {

        /** As stored: the code trimmed, themes once each, INTERNAL unless said otherwise. */
        Details normalized() {
            return new Details(code.trim(), kind, new TreeMap<>(title), summary,
                    themes == null ? List.of() : themes.stream().distinct().toList(), List.copyOf(parties), signedOn,
                    signedAt, effectiveFrom, expiresOn, renewalNoticeDays,
                    confidentiality == null ? Confidentiality.INTERNAL : confidentiality, responsible);
        }

        Details signed(LocalDate on, String place) {
            return new Details(code, kind, title, summary, themes, parties, on, place, effectiveFrom, expiresOn,
                    renewalNoticeDays, confidentiality, responsible);
        }

        Details inForceFrom(LocalDate from) {
            return new Details(code, kind, title, summary, themes, parties, signedOn, signedAt, from, expiresOn,
                    renewalNoticeDays, confidentiality, responsible);
        }

        Details expiringOn(LocalDate on) {
            return new Details(code, kind, title, summary, themes, parties, signedOn, signedAt, effectiveFrom, on,
                    renewalNoticeDays, confidentiality, responsible);
        }

        /** The names of the fields that differ from {@code other}, in the order staff see them. */
        List<String> changedFrom(Details other) {
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
    }

    /**
     * Where the agreement stands: its status, every move and renewal, and the expiry notices
     * already announced for the current expiry date (days before it).
     */
    public record Lifecycle(AgreementStatus status, List<StatusChange> statusHistory, List<Renewal> renewals,
                            List<Integer> expiryNoticesSent) {

        static Lifecycle draft() {
            return new Lifecycle(AgreementStatus.DRAFT, List.of(), List.of(), List.of());
        }

        Lifecycle movedTo(AgreementStatus to, LocalDate on, String reason, Instant now) {
            return new Lifecycle(to, append(statusHistory, new StatusChange(status, to, on, reason, now)), renewals,
                    expiryNoticesSent);
        }

        /** A new expiry date: its notices are armed again. */
        Lifecycle renewed(Renewal renewal) {
            return new Lifecycle(status, statusHistory, append(renewals, renewal), List.of());
        }

        Lifecycle noticesSent(List<Integer> sent) {
            return new Lifecycle(status, statusHistory, renewals, sent);
        }
    }

    /** A new DRAFT; if it is restricted, its access list starts with whoever registered it. */
    public static Change<Agreement> register(Details details, Instant now, String registeredBy) {
        AgreementRules.checkDetails(details);
        Details entered = details.normalized();
        Agreement agreement = new Agreement(UUID.randomUUID().toString(), 1, entered,
                accessFor(entered, null, registeredBy), Lifecycle.draft(), List.of(), Audit.startedAt(now), null,
                RenewalNotice.none(), List.of());
        return agreement.caused(agreement, EventCatalog.AGREEMENT_CREATED, new AgreementCreated(agreement.snapshot()));
    }

    /** Replaces the editable details; nothing changed means no new version and no event. */
    public Change<Agreement> edit(Details details, Instant now, String editedBy) {
        AgreementRules.checkDetails(details);
        Details entered = details.normalized();
        List<String> changed = this.details.changedFrom(entered);
        if (changed.isEmpty()) {
            return Change.none(this);
        }
        Lifecycle rearmed = Objects.equals(this.details.expiresOn(), entered.expiresOn()) ? lifecycle
                : lifecycle.noticesSent(List.of());
        Agreement edited = next(entered, accessFor(entered, access, editedBy), rearmed, documents, now)
                .withNoticeFor(this.details);
        if (review == null || !review.restartsOnEdit() || !AgreementStatus.BEFORE_SIGNATURE.contains(status())) {
            return caused(edited, EventCatalog.AGREEMENT_UPDATED, new AgreementUpdated(edited.snapshot(), changed));
        }
        // The approvals were of another text: the chain starts again on this version.
        Agreement restarted = edited.reviewed(review.restartedAfterEdit(editedBy, edited.version));
        return new Change<>(restarted, List.of(
                new NewEvent(EventCatalog.AGREEMENT_UPDATED, id, new AgreementUpdated(restarted.snapshot(), changed)),
                new NewEvent(EventCatalog.AGREEMENT_REVIEW_RESTARTED, id,
                        new AgreementReviewRestarted(restarted.snapshot(), restarted.review.snapshot(), changed))));
    }

    public AgreementStatus status() {
        return lifecycle.status();
    }

    /**
     * The move a staff member asks for by its target status; each target has its own command
     * below, with its own needs. EXPIRED is not asked for: an agreement expires by itself.
     */
    public Change<Agreement> moveTo(AgreementStatus to, LocalDate on, String place, String reason,
                                    LocalDate today, Instant now) {
        return moveTo(to, on, place, reason, List.of(), today, now);
    }

    /** As above, signing only once the kind's approval chain ({@code chain}) approved the current text. */
    public Change<Agreement> moveTo(AgreementStatus to, LocalDate on, String place, String reason,
                                    List<ApprovalStep> chain, LocalDate today, Instant now) {
        return switch (to) {
            case DRAFT -> refuseMove(to);
            case NEGOTIATION -> startNegotiation(on, today, now);
            case SIGNED -> sign(on, place, chain, today, now);
            case ACTIVE -> activate(on, today, now);
            case SUSPENDED -> suspend(on, reason, today, now);
            case TERMINATED -> terminate(on, reason, today, now);
            case ABANDONED -> abandon(on, reason, today, now);
            case EXPIRED -> throw AgreementRules.expiringByHand(this);
        };
    }

    public Change<Agreement> startNegotiation(LocalDate on, LocalDate today, Instant now) {
        AgreementRules.checkMove(this, AgreementStatus.NEGOTIATION);
        return moved(AgreementStatus.NEGOTIATION, on != null ? on : today, null, details, now);
    }

    /**
     * Signing needs the date, given or entered before (not in the future), and a signatory on at
     * least two parties. The place given replaces the one entered.
     */
    public Change<Agreement> sign(LocalDate on, String place, LocalDate today, Instant now) {
        return sign(on, place, List.of(), today, now);
    }

    /** Signing, once every step of the kind's approval chain ({@code chain}, empty for none) approved this text. */
    public Change<Agreement> sign(LocalDate on, String place, List<ApprovalStep> chain, LocalDate today, Instant now) {
        AgreementRules.checkMove(this, AgreementStatus.SIGNED);
        Review.checkSigning(review, chain);
        AgreementRules.checkSigning(this, on, today);
        LocalDate signedOn = on != null ? on : details.signedOn(); // the date that passed the check
        return moved(AgreementStatus.SIGNED, signedOn, null,
                details.signed(signedOn, place != null ? place : details.signedAt()), now);
    }

    /** In force from the day given (today by default), unless its effective date was entered already. */
    public Change<Agreement> activate(LocalDate on, LocalDate today, Instant now) {
        AgreementRules.checkMove(this, AgreementStatus.ACTIVE);
        LocalDate from = on != null ? on : today;
        return moved(AgreementStatus.ACTIVE, from, null,
                details.effectiveFrom() == null ? details.inForceFrom(from) : details, now);
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

    public Change<Agreement> renew(LocalDate newExpiresOn, String note, LocalDate today, Instant now) {
        AgreementRules.checkRenewal(this, newExpiresOn, today);
        Lifecycle renewed = lifecycle.renewed(new Renewal(details.expiresOn(), newExpiresOn, note, now));
        if (status() == AgreementStatus.EXPIRED) {
            renewed = renewed.movedTo(AgreementStatus.ACTIVE, today, "renewed until " + newExpiresOn, now);
        }
        Agreement agreement = next(details.expiringOn(newExpiresOn), access, renewed, documents, now)
                .withNoticeFor(details);
        return caused(agreement, EventCatalog.AGREEMENT_RENEWED, new AgreementRenewed(agreement.snapshot(),
                details.expiresOn(), newExpiresOn, status().name(), note));
    }

    /** Replaces the access list; the same list again changes nothing. */
    public Change<Agreement> changeAccess(AccessList newAccess, Instant now) {
        AccessList normalized = newAccess.normalized();
        if (normalized.equals(access)) {
            return Change.none(this);
        }
        Agreement changed = next(details, normalized, lifecycle, documents, now);
        return caused(changed, EventCatalog.AGREEMENT_ACCESS_CHANGED,
                new AgreementAccessChanged(changed.snapshot(), access == null ? null : access.snapshot()));
    }

    /** Whether the caller may know of this agreement: a restricted one only shows to its access list. */
    public boolean visibleTo(Caller caller) {
        return RestrictedAccess.allows(caller, details.confidentiality().name(), access == null ? null : access.snapshot());
    }

    public Change<Agreement> addDocument(DocumentRef document, Instant now) {
        Agreement withDocument = next(details, access, lifecycle, append(documents, document), now);
        return caused(withDocument, EventCatalog.AGREEMENT_DOCUMENT_ADDED, new AgreementDocumentAdded(
                withDocument.snapshot(), document.id(), document.fileName(), document.contentType(), document.size()));
    }

    /** The daily job's move: an active agreement past its expiry date is EXPIRED. */
    public Optional<Change<Agreement>> expireIfDue(LocalDate today, Instant now) {
        LocalDate expiresOn = details.expiresOn();
        if (status() != AgreementStatus.ACTIVE || expiresOn == null || !expiresOn.isBefore(today)) {
            return Optional.empty();
        }
        String reason = "expiry date " + expiresOn + " passed";
        return Optional.of(moved(AgreementStatus.EXPIRED, today, reason, details, now));
    }

    /**
     * The daily job's notice: the nearest threshold (90, 30 or 7 days) reached and not yet
     * announced for this expiry date, while the agreement runs ({@link AgreementStatus#RUNNING}).
     */
    public Optional<Change<Agreement>> expiryNoticeIfDue(LocalDate today, Instant now) {
        LocalDate expiresOn = details.expiresOn();
        if (!AgreementStatus.RUNNING.contains(status()) || expiresOn == null || expiresOn.isBefore(today)) {
            return Optional.empty();
        }
        long daysLeft = ChronoUnit.DAYS.between(today, expiresOn);
        Optional<Integer> threshold = EXPIRY_NOTICES.due(daysLeft, lifecycle.expiryNoticesSent()::contains);
        if (threshold.isEmpty()) {
            return Optional.empty();
        }
        int days = threshold.get();
        Agreement noticed = next(details, access, lifecycle.noticesSent(EXPIRY_NOTICES.settledBy(days)), documents, now);
        return Optional.of(caused(noticed, EventCatalog.AGREEMENT_EXPIRING,
                new AgreementExpiring(noticed.snapshot(), days, daysLeft)));
    }

    /**
     * Submits a DRAFT or NEGOTIATION agreement to the kind's chain and the steps the submitter adds. Whoever
     * last edited the text before (the audit's last writer) may not approve it either.
     */
    public Change<Agreement> submitForReview(List<ApprovalStep> chain, List<ApprovalStep> added, String submittedBy,
                                             Instant now) {
        if (!AgreementStatus.BEFORE_SIGNATURE.contains(status())) {
            throw Refusal.forbiddenMove("Only a DRAFT or NEGOTIATION agreement is submitted for approval; this one is "
                    + status() + ".");
        }
        Agreement submitted = next(details, access, lifecycle, documents, now);
        submitted = submitted.reviewed(Review.submit(chain, added, submittedBy, audit.updatedBy(), submitted.version,
                now, review));
        return caused(submitted, EventCatalog.AGREEMENT_REVIEW_SUBMITTED,
                new AgreementReviewSubmitted(submitted.snapshot(), submitted.review.snapshot()));
    }

    public Change<Agreement> approveStep(Caller approver, long reviewedVersion, String comment, Instant now) {
        Review before = openReview();
        String step = before.currentStep().map(current -> current.step().name()).orElse(null);
        Agreement approved = next(details, access, lifecycle, documents, now)
                .reviewed(before.approve(approver.subject(), approver.roles(), reviewedVersion, comment, now));
        return caused(approved, EventCatalog.AGREEMENT_REVIEW_APPROVED, new AgreementReviewApproved(
                approved.snapshot(), approved.review.snapshot(), step, approver.subject(), comment));
    }

    public Change<Agreement> requestChanges(Caller approver, long reviewedVersion, String comment, Instant now) {
        Review before = openReview();
        String step = before.currentStep().map(current -> current.step().name()).orElse(null);
        Agreement sentBack = next(details, access, lifecycle, documents, now)
                .reviewed(before.requestChanges(approver.subject(), approver.roles(), reviewedVersion, comment, now));
        return caused(sentBack, EventCatalog.AGREEMENT_REVIEW_CHANGES_REQUESTED, new AgreementReviewChangesRequested(
                sentBack.snapshot(), sentBack.review.snapshot(), step, approver.subject(), comment));
    }

    /** The submitter adds a step at the end of the open review's chain. */
    public Change<Agreement> addReviewStep(ApprovalStep step, String by, Instant now) {
        Agreement longer = next(details, access, lifecycle, documents, now).reviewed(openReview().addStep(step, by));
        return caused(longer, EventCatalog.AGREEMENT_REVIEW_STEP_ADDED,
                new AgreementReviewStepAdded(longer.snapshot(), longer.review.snapshot(), step.name(), by));
    }

    public Change<Agreement> withdrawReview(Caller by, Instant now) {
        Agreement withdrawn = next(details, access, lifecycle, documents, now)
                .reviewed(openReview().withdraw(by.subject(), by.seesEverything()));
        return caused(withdrawn, EventCatalog.AGREEMENT_REVIEW_WITHDRAWN,
                new AgreementReviewWithdrawn(withdrawn.snapshot(), withdrawn.review.snapshot(), by.subject()));
    }

    private Review openReview() {
        if (review == null) {
            throw Refusal.conflict("The agreement was not submitted for approval.");
        }
        return review;
    }

    private Agreement reviewed(Review newReview) {
        return new Agreement(id, version, details, access, lifecycle, documents, audit, newReview, renewalNotice,
                contacts);
    }

    /** The renewal notice deadline: the expiry date minus the notice period; null without both. */
    public LocalDate noticeDeadline() {
        return RenewalNotice.deadline(details);
    }

    /**
     * The daily job's renewal reminder: the nearest threshold (by default 30 and 7 days ahead and
     * on the day) reached and not yet announced for this deadline, while the agreement runs and
     * nothing is decided. {@code defaults} are the settings' thresholds, unless it has its own.
     */
    public Optional<Change<Agreement>> noticeDueIfDue(NoticeThresholds defaults, LocalDate today, Instant now) {
        LocalDate deadline = noticeDeadline();
        if (!AgreementStatus.RUNNING.contains(status()) || deadline == null || deadline.isBefore(today)
                || renewalNotice.decided()) {
            return Optional.empty();
        }
        long daysLeft = ChronoUnit.DAYS.between(today, deadline);
        NoticeThresholds thresholds = renewalNotice.thresholds(defaults);
        Optional<Integer> threshold = thresholds.due(daysLeft, renewalNotice.remindersSent()::contains);
        if (threshold.isEmpty()) {
            return Optional.empty();
        }
        int days = threshold.get();
        Agreement reminded = next(details, access, lifecycle, documents, now)
                .withNotice(renewalNotice.remindersSent(thresholds.settledBy(days)));
        return Optional.of(caused(reminded, EventCatalog.AGREEMENT_NOTICE_DUE,
                new AgreementNoticeDue(reminded.snapshot(), deadline, days, daysLeft)));
    }

    /** The daily job's record that the notice deadline passed with nothing decided: said once per deadline. */
    public Optional<Change<Agreement>> noticeLapseIfDue(LocalDate today, Instant now) {
        LocalDate deadline = noticeDeadline();
        if (!AgreementStatus.RUNNING.contains(status()) || deadline == null || !deadline.isBefore(today)
                || renewalNotice.decided() || renewalNotice.lapsed()) {
            return Optional.empty();
        }
        Agreement lapsed = next(details, access, lifecycle, documents, now).withNotice(renewalNotice.lapsedUndecided());
        return Optional.of(caused(lapsed, EventCatalog.AGREEMENT_NOTICE_LAPSED,
                new AgreementNoticeLapsed(lapsed.snapshot(), deadline)));
    }

    /**
     * Records what is decided for the coming term (renew, let expire, renegotiate), also after
     * the deadline; a new decision replaces the last. It needs an expiry date and a term that runs.
     */
    public Change<Agreement> decideRenewal(RenewalNotice.Choice choice, String note, String decidedBy, Instant now) {
        if (!AgreementStatus.RUNNING.contains(status())) {
            throw Refusal.forbiddenMove("A renewal decision is taken for an ACTIVE or SUSPENDED agreement; this one is "
                    + status() + ".");
        }
        if (details.expiresOn() == null) {
            throw Refusal.missing("expiresOn", "an agreement without an expiry date has no renewal to decide");
        }
        RenewalNotice.Decision last = renewalNotice.decision();
        if (last != null && last.choice() == choice && Objects.equals(last.note(), note)) {
            return Change.none(this);
        }
        Agreement decided = next(details, access, lifecycle, documents, now)
                .withNotice(renewalNotice.decided(new RenewalNotice.Decision(choice, note, now, decidedBy)));
        return caused(decided, EventCatalog.AGREEMENT_RENEWAL_DECIDED,
                new AgreementRenewalDecided(decided.snapshot(), choice.name(), note, noticeDeadline()));
    }

    /** The agreement's own reminder thresholds, or null to follow the settings again. */
    public Change<Agreement> remindNoticeAt(List<Integer> daysBefore, Instant now) {
        RenewalNotice.checkReminderDays(daysBefore);
        RenewalNotice reminded = renewalNotice.remindedAt(daysBefore);
        if (Objects.equals(reminded.reminderDays(), renewalNotice.reminderDays())) {
            return Change.none(this);
        }
        Agreement changed = next(details, access, lifecycle, documents, now).withNotice(reminded);
        return caused(changed, EventCatalog.AGREEMENT_UPDATED,
                new AgreementUpdated(changed.snapshot(), List.of("noticeReminders")));
    }

    /** Replaces the contact persons; the same list again changes nothing. */
    public Change<Agreement> replaceContacts(List<Contact> newContacts, Instant now) {
        List<Contact> checked = Contact.checked(newContacts);
        if (checked.equals(contacts)) {
            return Change.none(this);
        }
        Agreement changed = next(details, access, lifecycle, documents, now).withContacts(checked);
        return caused(changed, EventCatalog.AGREEMENT_CONTACTS_CHANGED,
                new AgreementContactsChanged(changed.snapshot(), Contact.snapshots(checked)));
    }

    /** Asks that every focal point follow the agreement (notify-service subscribes each once). */
    public Change<Agreement> addFocalPointsAsStakeholders(Instant now) {
        List<Contact> focalPoints = contacts.stream().filter(Contact::isFocalPoint).toList();
        if (focalPoints.isEmpty()) {
            throw Refusal.missing("contacts", "the agreement has no focal point among its contacts");
        }
        Agreement asked = next(details, access, lifecycle, documents, now);
        return caused(asked, EventCatalog.AGREEMENT_STAKEHOLDERS_ADDED,
                new AgreementStakeholdersAdded(asked.snapshot(), Contact.snapshots(focalPoints)));
    }

    public AgreementSnapshot snapshot() {
        StaffMember responsible = details.responsible();
        Confidentiality confidentiality = details.confidentiality();
        return new AgreementSnapshot(id, version, details.code(), details.kind().name(), details.title(),
                details.summary(), details.themes(), status().name(), details.parties().stream().map(Party::snapshot).toList(),
                details.signedOn(), details.signedAt(), details.effectiveFrom(), details.expiresOn(),
                confidentiality.name(),
                confidentiality == Confidentiality.RESTRICTED && access != null ? access.snapshot() : null,
                responsible == null ? null : responsible.name(),
                responsible == null ? null : responsible.email(), noticeDeadline());
    }

    /** Suspending, terminating and abandoning each need a reason. */
    private Change<Agreement> closingMove(AgreementStatus to, LocalDate on, String reason, LocalDate today,
                                          Instant now) {
        AgreementRules.checkMove(this, to);
        AgreementRules.checkReason(to, reason);
        return moved(to, on != null ? on : today, reason, details, now);
    }

    private Change<Agreement> refuseMove(AgreementStatus to) {
        AgreementRules.checkMove(this, to);
        throw new IllegalStateException("no move leads back to " + to); // checkMove refuses it first
    }

    private Change<Agreement> moved(AgreementStatus to, LocalDate on, String reason, Details movedDetails,
                                    Instant now) {
        Agreement moved = next(movedDetails, access, lifecycle.movedTo(to, on, reason, now), documents, now);
        return caused(moved, EventCatalog.AGREEMENT_STATUS_CHANGED,
                new AgreementStatusChanged(moved.snapshot(), status().name(), to.name(), on, reason));
    }

    /** Whoever makes it restricted must not lock themselves out of it. */
    private static AccessList accessFor(Details details, AccessList access, String actor) {
        return details.confidentiality() == Confidentiality.RESTRICTED && access == null ? AccessList.onlyFor(actor)
                : access;
    }

    /** The state after a command: the next version, changed now. */
    private Agreement next(Details nextDetails, AccessList nextAccess, Lifecycle nextLifecycle,
                           List<DocumentRef> nextDocuments, Instant now) {
        return new Agreement(id, version + 1, nextDetails, nextAccess, nextLifecycle, nextDocuments, audit.touched(now),
                review, renewalNotice, contacts);
    }

    private Agreement withContacts(List<Contact> newContacts) {
        return new Agreement(id, version, details, access, lifecycle, documents, audit, review, renewalNotice, newContacts);
    }

    private Agreement withNotice(RenewalNotice notice) {
        return new Agreement(id, version, details, access, lifecycle, documents, audit, review, notice, contacts);
    }

    /** A deadline other than the one of {@code before} (new expiry date or notice period) is armed again. */
    private Agreement withNoticeFor(Details before) {
        return Objects.equals(RenewalNotice.deadline(before), noticeDeadline()) ? this
                : withNotice(renewalNotice.rearmed());
    }

    private Change<Agreement> caused(Agreement next, EventType type, Record payload) {
        return new Change<>(next, List.of(new NewEvent(type, next.id, payload)));
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> appended = new ArrayList<>(list);
        appended.add(item);
        return List.copyOf(appended);
    }
}
