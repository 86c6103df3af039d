package org.entente.console.agreement;

import java.time.Instant;
import java.util.List;

import org.entente.console.Services;
import org.springframework.stereotype.Component;

/** The latest timeline entries, an agreement's or everyone's, newest first, read from notify-service in one call. */
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

    /** The latest entries of every agreement the user may see, since a moment, newest first (at most {@link #PAGE}). */
    public List<TimelineEntry> latestSince(Instant since) {
        return services.notifications().get()
                .uri(uri -> uri.path("/api/timeline").queryParam("order", "newest").queryParam("limit", PAGE)
                        .queryParam("from", since.toString()).build())
                .retrieve().body(TimelineEntry.TimelinePage.class).entries();
    }
}
