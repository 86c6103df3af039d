package org.entente.notify.timeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

import org.entente.events.EventCatalog;
import org.entente.events.EventType;
import org.entente.events.action.ActionCancelled;
import org.entente.events.action.ActionCreated;
import org.entente.events.action.ActionDueSoon;
import org.entente.events.action.ActionMilestoneReached;
import org.entente.events.action.ActionOverdue;
import org.entente.events.action.ActionProgressRecorded;
import org.entente.events.action.ActionSnapshot;
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
import org.entente.events.agreement.ReviewSnapshot;
import org.entente.events.contact.ContactSnapshot;
import org.entente.events.delegation.DelegationScheduled;
import org.entente.events.delegation.DelegationStatusChanged;
import org.entente.events.delegation.DelegationUpdated;
import org.entente.events.delegation.OrganizationSnapshot;
import org.entente.events.organization.OrganizationContactsChanged;
import org.entente.events.organization.OrganizationRegistered;
import org.entente.events.organization.OrganizationUpdated;
import org.entente.platform.web.Languages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The one-line, human-readable account of an entry, in French or English: one summary per
 * catalog type, written against the type's payload record, its words in the message bundles.
 */
@Component
public class TimelineSummaries {

    private static final Map<EventType, Summary<?>> SUMMARIES = summaries(
            summary(EventCatalog.ORGANIZATION_REGISTERED, OrganizationRegistered.class, (event, words) ->
                    words.say("timeline.organization.registered", event.name(), event.country())),
            summary(EventCatalog.ORGANIZATION_UPDATED, OrganizationUpdated.class, (event, words) ->
                    words.say("timeline.organization.updated", event.name(), joined(event.changedFields()))),
            summary(EventCatalog.AGREEMENT_CREATED, AgreementCreated.class, (event, words) ->
                    words.say("timeline.agreement.created", event.agreement().code(),
                            title(event.agreement().title(), words.language()))),
            summary(EventCatalog.AGREEMENT_UPDATED, AgreementUpdated.class, (event, words) ->
                    words.say("timeline.agreement.updated", event.agreement().code(), joined(event.changedFields()))),
            summary(EventCatalog.AGREEMENT_STATUS_CHANGED, AgreementStatusChanged.class, (event, words) ->
                    words.because(words.say("timeline.agreement.status-changed", event.agreement().code(),
                            words.label("agreement.status.", event.to())), event.reason())),
            summary(EventCatalog.AGREEMENT_RENEWED, AgreementRenewed.class, (event, words) ->
                    words.say("timeline.agreement.renewed", event.agreement().code(), event.expiresOn())),
            summary(EventCatalog.AGREEMENT_DOCUMENT_ADDED, AgreementDocumentAdded.class, (event, words) ->
                    words.say("timeline.agreement.document-added", event.fileName(), event.agreement().code())),
            summary(EventCatalog.AGREEMENT_EXPIRING, AgreementExpiring.class, (event, words) ->
                    words.say("timeline.agreement.expiring", event.agreement().code(), event.daysLeft(),
                            event.agreement().expiresOn())),
            summary(EventCatalog.AGREEMENT_ACCESS_CHANGED, AgreementAccessChanged.class, (event, words) ->
                    words.say("timeline.agreement.access-changed", event.agreement().code())),
            summary(EventCatalog.DELEGATION_SCHEDULED, DelegationScheduled.class, (event, words) ->
                    words.say("timeline.delegation.scheduled",
                            words.visit(event.visitingOrganization(), event.hostOrganization()),
                            words.say("timeline.place", event.city(), event.country()),
                            words.dates(event.startDate(), event.endDate()))),
            summary(EventCatalog.DELEGATION_UPDATED, DelegationUpdated.class, (event, words) ->
                    words.say("timeline.delegation.updated",
                            words.visit(event.visitingOrganization(), event.hostOrganization()),
                            joined(event.changedFields()))),
            summary(EventCatalog.DELEGATION_STATUS_CHANGED, DelegationStatusChanged.class, (event, words) ->
                    words.reason(words.say("timeline.delegation.status-changed",
                            words.label("delegation.status.", event.to()),
                            words.visit(event.visitingOrganization(), event.hostOrganization()),
                            words.say("timeline.place", event.city(), event.country()),
                            words.dates(event.startDate(), event.endDate())), event.reason())),
            summary(EventCatalog.ACTION_CREATED, ActionCreated.class, (event, words) ->
                    words.say("timeline.action.created", words.actionName(event.action()), words.due(event.action()))),
            summary(EventCatalog.ACTION_UPDATED, ActionUpdated.class, (event, words) ->
                    words.say("timeline.action.updated", words.actionName(event.action()), joined(event.changedFields()))),
            summary(EventCatalog.ACTION_STATUS_CHANGED, ActionStatusChanged.class, (event, words) ->
                    words.reason(words.say("timeline.action.status-changed", words.actionName(event.action()),
                            words.label("action.status.", event.to())), event.reason())),
            summary(EventCatalog.ACTION_PROGRESS_RECORDED, ActionProgressRecorded.class, (event, words) ->
                    words.note(words.say("timeline.action.progress-recorded", words.actionName(event.action()),
                            event.action().percentComplete()), event.note())),
            summary(EventCatalog.ACTION_MILESTONE_REACHED, ActionMilestoneReached.class, (event, words) ->
                    words.say("timeline.action.milestone-reached", event.milestone(), words.actionName(event.action()))),
            summary(EventCatalog.ACTION_DUE_SOON, ActionDueSoon.class, (event, words) ->
                    words.say("timeline.action.due-soon", event.daysLeft(), words.actionName(event.action()),
                            words.due(event.action()))),
            summary(EventCatalog.ACTION_OVERDUE, ActionOverdue.class, (event, words) ->
                    words.say("timeline.action.overdue", event.daysOverdue(), words.actionName(event.action()),
                            words.due(event.action()))),
            summary(EventCatalog.ACTION_CANCELLED, ActionCancelled.class, (event, words) ->
                    words.reason(words.say("timeline.action.cancelled", words.actionName(event.action())),
                            event.reason())),
            summary(EventCatalog.AGREEMENT_REVIEW_SUBMITTED, AgreementReviewSubmitted.class, (event, words) ->
                    words.say("timeline.agreement.review-submitted", event.agreement().code(),
                            joined(event.review().steps().stream().map(ReviewSnapshot.Step::name).toList()))),
            summary(EventCatalog.AGREEMENT_REVIEW_APPROVED, AgreementReviewApproved.class, (event, words) ->
                    words.note(words.say("timeline.agreement.review-approved", event.agreement().code(), event.step(),
                            event.approvedBy()), event.comment())),
            summary(EventCatalog.AGREEMENT_REVIEW_CHANGES_REQUESTED, AgreementReviewChangesRequested.class,
                    (event, words) -> words.note(words.say("timeline.agreement.review-changes-requested",
                            event.agreement().code(), event.step(), event.requestedBy()), event.comment())),
            summary(EventCatalog.AGREEMENT_REVIEW_WITHDRAWN, AgreementReviewWithdrawn.class, (event, words) ->
                    words.say("timeline.agreement.review-withdrawn", event.agreement().code(), event.withdrawnBy())),
            summary(EventCatalog.AGREEMENT_REVIEW_RESTARTED, AgreementReviewRestarted.class, (event, words) ->
                    words.say("timeline.agreement.review-restarted", event.agreement().code(),
                            joined(event.changedFields()))),
            summary(EventCatalog.AGREEMENT_REVIEW_STEP_ADDED, AgreementReviewStepAdded.class, (event, words) ->
                    words.say("timeline.agreement.review-step-added", event.agreement().code(), event.step(),
                            event.addedBy())),
            summary(EventCatalog.AGREEMENT_NOTICE_DUE, AgreementNoticeDue.class, (event, words) ->
                    event.daysLeft() == 0
                            ? words.say("timeline.agreement.notice-due.today", event.agreement().code())
                            : words.say("timeline.agreement.notice-due", event.agreement().code(), event.daysLeft(),
                                    event.noticeDeadline())),
            summary(EventCatalog.AGREEMENT_NOTICE_LAPSED, AgreementNoticeLapsed.class, (event, words) ->
                    words.say("timeline.agreement.notice-lapsed", event.agreement().code(), event.noticeDeadline())),
            summary(EventCatalog.AGREEMENT_RENEWAL_DECIDED, AgreementRenewalDecided.class, (event, words) ->
                    words.note(words.say("timeline.agreement.renewal-decided", event.agreement().code(),
                            words.label("agreement.renewal-decision.", event.decision())), event.note())),
            summary(EventCatalog.ORGANIZATION_CONTACTS_CHANGED, OrganizationContactsChanged.class, (event, words) ->
                    words.say("timeline.organization.contacts-changed", event.name(), size(event.contacts()))),
            summary(EventCatalog.AGREEMENT_CONTACTS_CHANGED, AgreementContactsChanged.class, (event, words) ->
                    words.say("timeline.agreement.contacts-changed", event.agreement().code(), size(event.contacts()))),
            summary(EventCatalog.AGREEMENT_STAKEHOLDERS_ADDED, AgreementStakeholdersAdded.class, (event, words) ->
                    words.say("timeline.agreement.stakeholders-added", event.agreement().code(),
                            joined(event.stakeholders() == null ? List.of()
                                    : event.stakeholders().stream().map(ContactSnapshot::name).toList()))));

    private final MessageSource messages;
    private final TimelinePayloads payloads;

    TimelineSummaries(MessageSource messages, TimelinePayloads payloads) {
        this.messages = messages;
        this.payloads = payloads;
    }

    /** The event types that have a summary: every type of the catalog, a test checks. */
    static Set<EventType> summarizedTypes() {
        return SUMMARIES.keySet();
    }

    public String summary(TimelineEntry entry, Locale locale) {
        return summary(entry, Languages.code(locale));
    }

    public String summary(TimelineEntry entry, String language) {
        Words words = words(language);
        return payloads.of(entry)
                .flatMap(payload -> EventCatalog.byName(entry.type()).map(SUMMARIES::get)
                        .map(summary -> summary.render(payload, words)))
                .orElseGet(() -> unknown(entry, words));
    }

    /** An action item as people name it: its reference in the plan and its title, quoted the reader's way. */
    public String actionName(ActionSnapshot action, String language) {
        return words(language).actionName(action);
    }

    /** A word or sentence of the bundles in the reader's language. */
    public String say(String language, String key, Object... arguments) {
        return words(language).say(key, arguments);
    }

    /** The title in the reader's language, else in whatever language it was given. */
    public static String title(Map<String, String> titles, String language) {
        if (titles == null || titles.isEmpty()) {
            return "";
        }
        return text(titles.getOrDefault(language, titles.values().iterator().next()));
    }

    private Words words(String language) {
        return new Words(messages, Languages.locale(language));
    }

    /** Types this version does not know by name (or data it cannot read): what happened, and to what. */
    private static String unknown(TimelineEntry entry, Words words) {
        String[] parts = entry.type().split("\\.");
        String what = parts.length > 2 ? parts[2].replace('-', ' ') : entry.type();
        Object about = entry.data() != null && parts.length > 1 && entry.data().get(parts[1]) instanceof Map<?, ?> aggregate
                ? aggregate.get("title") : null;
        String quoted = about instanceof String title ? words.say("timeline.quoted", title) : "";
        if (parts.length > 1 && "action".equals(parts[1])) {
            return words.say("timeline.unknown.action", quoted, what);
        }
        return words.say("timeline.unknown", entry.type(), quoted);
    }

    /** A summary written against one payload record. */
    private record Summary<T extends Record>(Class<T> payloadType, BiFunction<T, Words, String> text) {

        String render(Record payload, Words words) {
            return text.apply(payloadType.cast(payload), words);
        }
    }

    private static <T extends Record> Map.Entry<EventType, Summary<?>> summary(
            EventType type, Class<T> payloadType, BiFunction<T, Words, String> text) {
        if (type.payloadType() != payloadType) {
            throw new IllegalArgumentException(type.name() + " carries " + type.payloadType().getSimpleName());
        }
        return Map.entry(type, new Summary<>(payloadType, text));
    }

    @SafeVarargs
    private static Map<EventType, Summary<?>> summaries(Map.Entry<EventType, Summary<?>>... entries) {
        Map<EventType, Summary<?>> summaries = new LinkedHashMap<>();
        for (Map.Entry<EventType, Summary<?>> entry : entries) {
            if (summaries.put(entry.getKey(), entry.getValue()) != null) {
                throw new IllegalArgumentException("two summaries for " + entry.getKey().name());
            }
        }
        return Map.copyOf(summaries);
    }

    private static int size(List<?> values) {
        return values == null ? 0 : values.size();
    }

    private static String joined(List<String> values) {
        return values == null ? "" : String.join(", ", values);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** The bundles in one language, and the parts summaries share. */
    private record Words(MessageSource messages, Locale locale) {

        String language() {
            return locale.getLanguage();
        }

        /** Arguments as text: MessageFormat would group a number's digits and name a null "null". */
        String say(String key, Object... arguments) {
            Object[] texts = new Object[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                texts[i] = text(arguments[i]);
            }
            return messages.getMessage(key, texts, locale);
        }

        /** A status as the reader says it; one the bundles do not know, as it is. */
        String label(String prefix, String status) {
            return status == null ? "" : messages.getMessage(prefix + status, null, status, locale);
        }

        String because(String sentence, String reason) {
            return reason == null ? sentence : say("timeline.because", sentence, reason);
        }

        String reason(String sentence, String reason) {
            return reason == null ? sentence : say("timeline.reason", sentence, reason);
        }

        String note(String sentence, String note) {
            return note == null ? sentence : say("timeline.note", sentence, note);
        }

        String actionName(ActionSnapshot action) {
            return action == null ? "" : say("timeline.action.name", action.reference(), action.title());
        }

        String due(ActionSnapshot action) {
            return action == null || action.dueDate() == null ? "" : say("timeline.action.due", action.dueDate());
        }

        String visit(OrganizationSnapshot visiting, OrganizationSnapshot host) {
            return say("timeline.visit", name(visiting), name(host));
        }

        String dates(Object start, Object end) {
            return end == null || Objects.equals(end, start) ? say("timeline.dates.one-day", start)
                    : say("timeline.dates.range", start, end);
        }

        private static String name(OrganizationSnapshot organization) {
            return organization == null ? "" : text(organization.name());
        }
    }
}
