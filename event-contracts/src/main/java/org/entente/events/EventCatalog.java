package org.entente.events;

import java.util.List;
import java.util.Optional;

import org.entente.events.action.ActionCancelled;
import org.entente.events.action.ActionCreated;
import org.entente.events.action.ActionDueSoon;
import org.entente.events.action.ActionMilestoneReached;
import org.entente.events.action.ActionOverdue;
import org.entente.events.action.ActionProgressRecorded;
import org.entente.events.action.ActionStatusChanged;
import org.entente.events.action.ActionUpdated;
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
import org.entente.events.agreement.AgreementStakeholdersAdded;
import org.entente.events.agreement.AgreementStatusChanged;
import org.entente.events.agreement.AgreementUpdated;
import org.entente.events.delegation.DelegationScheduled;
import org.entente.events.delegation.DelegationStatusChanged;
import org.entente.events.delegation.DelegationUpdated;
import org.entente.events.organization.OrganizationContactsChanged;
import org.entente.events.organization.OrganizationRegistered;
import org.entente.events.organization.OrganizationUpdated;

/** Every event type Entente publishes. docs/events.md documents each one; a test keeps the two in step. */
public final class EventCatalog {

    public static final EventType ORGANIZATION_REGISTERED =
            new EventType("entente.organization.registered.v1", Streams.AGREEMENTS, OrganizationRegistered.class);
    public static final EventType ORGANIZATION_UPDATED =
            new EventType("entente.organization.updated.v1", Streams.AGREEMENTS, OrganizationUpdated.class);
    public static final EventType AGREEMENT_CREATED =
            new EventType("entente.agreement.created.v1", Streams.AGREEMENTS, AgreementCreated.class);
    public static final EventType AGREEMENT_UPDATED =
            new EventType("entente.agreement.updated.v1", Streams.AGREEMENTS, AgreementUpdated.class);
    public static final EventType AGREEMENT_STATUS_CHANGED =
            new EventType("entente.agreement.status-changed.v1", Streams.AGREEMENTS, AgreementStatusChanged.class);
    public static final EventType AGREEMENT_RENEWED =
            new EventType("entente.agreement.renewed.v1", Streams.AGREEMENTS, AgreementRenewed.class);
    public static final EventType AGREEMENT_DOCUMENT_ADDED =
            new EventType("entente.agreement.document-added.v1", Streams.AGREEMENTS, AgreementDocumentAdded.class);
    public static final EventType AGREEMENT_EXPIRING =
            new EventType("entente.agreement.expiring.v1", Streams.AGREEMENTS, AgreementExpiring.class);
    public static final EventType AGREEMENT_ACCESS_CHANGED =
            new EventType("entente.agreement.access-changed.v1", Streams.AGREEMENTS, AgreementAccessChanged.class);
    public static final EventType DELEGATION_SCHEDULED =
            new EventType("entente.delegation.scheduled.v1", Streams.AGREEMENTS, DelegationScheduled.class);
    public static final EventType DELEGATION_UPDATED =
            new EventType("entente.delegation.updated.v1", Streams.AGREEMENTS, DelegationUpdated.class);
    public static final EventType DELEGATION_STATUS_CHANGED =
            new EventType("entente.delegation.status-changed.v1", Streams.AGREEMENTS, DelegationStatusChanged.class);
    public static final EventType ACTION_CREATED =
            new EventType("entente.action.created.v1", Streams.ACTIONS, ActionCreated.class);
    public static final EventType ACTION_UPDATED =
            new EventType("entente.action.updated.v1", Streams.ACTIONS, ActionUpdated.class);
    public static final EventType ACTION_STATUS_CHANGED =
            new EventType("entente.action.status-changed.v1", Streams.ACTIONS, ActionStatusChanged.class);
    public static final EventType ACTION_PROGRESS_RECORDED =
            new EventType("entente.action.progress-recorded.v1", Streams.ACTIONS, ActionProgressRecorded.class);
    public static final EventType ACTION_MILESTONE_REACHED =
            new EventType("entente.action.milestone-reached.v1", Streams.ACTIONS, ActionMilestoneReached.class);
    public static final EventType ACTION_DUE_SOON =
            new EventType("entente.action.due-soon.v1", Streams.ACTIONS, ActionDueSoon.class);
    public static final EventType ACTION_OVERDUE =
            new EventType("entente.action.overdue.v1", Streams.ACTIONS, ActionOverdue.class);
    public static final EventType ACTION_CANCELLED =
            new EventType("entente.action.cancelled.v1", Streams.ACTIONS, ActionCancelled.class);
    public static final EventType AGREEMENT_REVIEW_SUBMITTED = new EventType(
            "entente.agreement.review-submitted.v1", Streams.AGREEMENTS, AgreementReviewSubmitted.class);
    public static final EventType AGREEMENT_REVIEW_APPROVED = new EventType(
            "entente.agreement.review-approved.v1", Streams.AGREEMENTS, AgreementReviewApproved.class);
    public static final EventType AGREEMENT_REVIEW_CHANGES_REQUESTED = new EventType(
            "entente.agreement.review-changes-requested.v1", Streams.AGREEMENTS, AgreementReviewChangesRequested.class);
    public static final EventType AGREEMENT_REVIEW_WITHDRAWN = new EventType(
            "entente.agreement.review-withdrawn.v1", Streams.AGREEMENTS, AgreementReviewWithdrawn.class);
    public static final EventType AGREEMENT_REVIEW_RESTARTED = new EventType(
            "entente.agreement.review-restarted.v1", Streams.AGREEMENTS, AgreementReviewRestarted.class);
    public static final EventType AGREEMENT_REVIEW_STEP_ADDED = new EventType(
            "entente.agreement.review-step-added.v1", Streams.AGREEMENTS, AgreementReviewStepAdded.class);
    public static final EventType AGREEMENT_NOTICE_DUE =
            new EventType("entente.agreement.notice-due.v1", Streams.AGREEMENTS, AgreementNoticeDue.class);
    public static final EventType AGREEMENT_NOTICE_LAPSED =
            new EventType("entente.agreement.notice-lapsed.v1", Streams.AGREEMENTS, AgreementNoticeLapsed.class);
    public static final EventType AGREEMENT_RENEWAL_DECIDED =
            new EventType("entente.agreement.renewal-decided.v1", Streams.AGREEMENTS, AgreementRenewalDecided.class);
    public static final EventType ORGANIZATION_CONTACTS_CHANGED = new EventType(
            "entente.organization.contacts-changed.v1", Streams.AGREEMENTS, OrganizationContactsChanged.class);
    public static final EventType AGREEMENT_CONTACTS_CHANGED =
            new EventType("entente.agreement.contacts-changed.v1", Streams.AGREEMENTS, AgreementContactsChanged.class);
    public static final EventType AGREEMENT_STAKEHOLDERS_ADDED = new EventType(
            "entente.agreement.stakeholders-added.v1", Streams.AGREEMENTS, AgreementStakeholdersAdded.class);

    private static final List<EventType> ALL = List.of(ORGANIZATION_REGISTERED, ORGANIZATION_UPDATED,
            AGREEMENT_CREATED, AGREEMENT_UPDATED, AGREEMENT_STATUS_CHANGED, AGREEMENT_RENEWED, AGREEMENT_DOCUMENT_ADDED,
            AGREEMENT_EXPIRING, AGREEMENT_ACCESS_CHANGED, DELEGATION_SCHEDULED, DELEGATION_UPDATED, DELEGATION_STATUS_CHANGED,
            ACTION_CREATED, ACTION_UPDATED, ACTION_STATUS_CHANGED, ACTION_PROGRESS_RECORDED, ACTION_MILESTONE_REACHED,
            ACTION_DUE_SOON, ACTION_OVERDUE, ACTION_CANCELLED,
            AGREEMENT_REVIEW_SUBMITTED, AGREEMENT_REVIEW_APPROVED, AGREEMENT_REVIEW_CHANGES_REQUESTED,
            AGREEMENT_REVIEW_WITHDRAWN, AGREEMENT_REVIEW_RESTARTED,
            AGREEMENT_NOTICE_DUE, AGREEMENT_NOTICE_LAPSED,
            AGREEMENT_RENEWAL_DECIDED, ORGANIZATION_CONTACTS_CHANGED, AGREEMENT_CONTACTS_CHANGED,
            AGREEMENT_STAKEHOLDERS_ADDED, AGREEMENT_REVIEW_STEP_ADDED);

    private EventCatalog() {
    }

    public static List<EventType> all() {
        return ALL;
    }

    public static Optional<EventType> byName(String name) {
        return ALL.stream().filter(type -> type.name().equals(name)).findFirst();
    }
}
