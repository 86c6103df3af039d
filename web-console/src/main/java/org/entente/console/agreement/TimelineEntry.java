package org.entente.console.agreement;

import java.time.Instant;
import java.util.List;

/** One timeline entry as notify-service answers it, its summary already in the reader's language. */
public record TimelineEntry(String id, String agreementId, String type, Instant occurredAt, String summary, String actor,
                           String source) {

    /** A page of entries in the order asked; {@code next} is the cursor of the following page, null at the end. */
    public record TimelinePage(List<TimelineEntry> entries, String next) {

        public TimelinePage {
            entries = entries == null ? List.of() : entries;
        }
    }
}
