package org.entente.platform.outbox;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import org.entente.platform.security.Caller;

/**
 * An event stored in its aggregate's {@code pendingEvents} array until the broker has
 * acknowledged it. The data is kept as the exact JSON that will be published.
 */
public record PendingEvent(String id, String type, String source, String subject, Instant time, String stream,
                           String data, String actor) {

    static final String FIELD = "pendingEvents";

    Document toDocument() {
        return new Document("id", id)
                .append("type", type)
                .append("source", source)
                .append("subject", subject)
                .append("time", Date.from(time))
                .append("stream", stream)
                .append("data", data)
                .append("actor", actor);
    }

    static PendingEvent fromDocument(Document document) {
        return new PendingEvent(
                document.getString("id"),
                document.getString("type"),
                document.getString("source"),
                document.getString("subject"),
                document.getDate("time").toInstant(),
                document.getString("stream"),
                document.getString("data"),
                document.get("actor", Caller.SYSTEM.subject()));
    }
}
