package org.entente.notify.timeline;

import java.util.Optional;

import org.entente.events.EventCatalog;
import org.entente.events.EventType;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * An entry's data read back into its contract's payload record. Entries keep the data as it
 * came (a document, so the API and webhooks hand it on unchanged and entries stored by older
 * versions stay readable); whatever renders it reads the record, so a renamed contract field
 * breaks compilation rather than a summary.
 */
@Component
public class TimelinePayloads {

    private final ObjectMapper json;

    TimelinePayloads(JsonMapper json) {
        // A field the contract dropped, or one added since the entry was stored, is no reason to lose its summary.
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
    }

    /** The payload record, or empty for a type this version does not know or data it cannot read. */
    public Optional<Record> of(TimelineEntry entry) {
        Optional<EventType> type = EventCatalog.byName(entry.type());
        if (type.isEmpty() || entry.data() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.convertValue(entry.data(), type.get().payloadType()));
        } catch (JacksonException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    /** The payload if it is of this kind (an {@code AgreementEvent}, an {@code ActionEvent}, a record). */
    public <T> Optional<T> of(TimelineEntry entry, Class<T> kind) {
        return of(entry).filter(kind::isInstance).map(kind::cast);
    }
}
