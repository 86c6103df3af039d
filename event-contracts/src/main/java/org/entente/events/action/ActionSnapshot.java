package org.entente.events.action;

import java.time.LocalDate;
import java.util.List;

/**
 * The action item as it is after the change an event reports: every action event carries
 * it, so consumers write their messages and calendars without calling back.
 * {@code agreementSuspended} is true while the agreement the item serves is suspended.
 */
public record ActionSnapshot(
        String actionId,
        long version,
        String agreementId,
        String reference,
        String title,
        String category,
        String ownerName,
        String ownerEmail,
        List<String> responsibleOrganizations,
        LocalDate startDate,
        LocalDate dueDate,
        String status,
        int percentComplete,
        List<IndicatorSnapshot> indicators,
        List<MilestoneSnapshot> milestones,
        boolean agreementSuspended) {
}
