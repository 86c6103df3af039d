package org.entente.events.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.entente.events.AddedLater;

/**
 * The agreement as it is after the change an event reports: every agreement event carries
 * it, so consumers keep their replicas and write their messages without calling back.
 */
public record AgreementSnapshot(
        String agreementId,
        long version,
        String code,
        String kind,
        Map<String, String> title,
        /* What it is about, in the language it was written in; null when none was given. */
        @AddedLater String summary,
        List<String> themes,
        String status,
        List<PartySnapshot> parties,
        LocalDate signedOn,
        String signedAt,
        LocalDate effectiveFrom,
        LocalDate expiresOn,
        String confidentiality,
        /* Who may see it when confidentiality is RESTRICTED; null otherwise. */
        AccessSnapshot access,
        String responsibleName,
        String responsibleEmail,
        /* The renewal notice deadline: the expiry date minus the notice period; null without both. */
        LocalDate noticeDeadline) {
}
