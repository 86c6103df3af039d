package org.entente.console.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.entente.console.Services;
import org.springframework.stereotype.Component;

/** An agreement's timeline, newest first, read from notify-service (which pages it oldest first). */
@Component
public class Timelines {

    /** notify-service's largest page. */
    private static final int PAGE = 200;
    /** Enough for any agreement's page; older entries stay in notify-service's API and feed. */
    private static final int MOST = 1000;

    private final Services services;

    Timelines(Services services) {
        this.services = services;
    }

    public List<TimelineEntry> newestFirst(String agreementId) {
        List<TimelineEntry> entries = new ArrayList<>();
        String after = null;
        do {
            String cursor = after;
            TimelineEntry.TimelinePage page = services.notifications().get()
                    .uri(uri -> {
                        uri.path("/api/agreements/{id}/timeline").queryParam("limit", PAGE);
                        if (cursor != null) {
                            uri.queryParam("after", cursor);
                        }
                        return uri.build(agreementId);
                    })
                    .retrieve().body(TimelineEntry.TimelinePage.class);
            entries.addAll(page.entries());
            after = page.next();
        } while (after != null && entries.size() < MOST);
        Collections.reverse(entries);
        return entries;
    }
}
