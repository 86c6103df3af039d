package org.entente.notify.timeline;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

import org.entente.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * Where a page of a timeline ended: the last entry's time and id. Opaque to clients,
 * stable when entries arrive late (they sort into place, before or after the cursor).
 */
record TimelineCursor(Instant occurredAt, String id) {

    String encode() {
        String raw = occurredAt + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static TimelineCursor decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            return new TimelineCursor(Instant.parse(raw.substring(0, bar)), raw.substring(bar + 1));
        } catch (IllegalArgumentException | DateTimeParseException | IndexOutOfBoundsException e) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "Invalid cursor",
                    "after: is not a cursor this service returned; use the 'next' value of a previous page.");
        }
    }
}
