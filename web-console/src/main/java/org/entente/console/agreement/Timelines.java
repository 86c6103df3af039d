package org.entente.console.agreement;

import java.util.List;

import org.entente.console.Services;
import org.springframework.stereotype.Component;

/** An agreement's latest timeline entries, newest first, read from notify-service in one call. */
@Component
public class Timelines {

    /** notify-service's largest page: what the agreement's page shows; older entries stay in its API and feed. */
    public static final int PAGE = 200;

    /** The newest entries, and whether older ones exist beyond them. */
    public record Latest(List<TimelineEntry> entries, boolean olderEntries) {
    }

    private final Services services;

    Timelines(Services services) {
        this.services = services;
    }

    public Latest latest(String agreementId, int count) {
        TimelineEntry.TimelinePage page = services.notifications().get()
                .uri(uri -> uri.path("/api/agreements/{id}/timeline")
                        .queryParam("order", "newest").queryParam("limit", count).build(agreementId))
                .retrieve().body(TimelineEntry.TimelinePage.class);
        return new Latest(page.entries(), page.next() != null);
    }
}
