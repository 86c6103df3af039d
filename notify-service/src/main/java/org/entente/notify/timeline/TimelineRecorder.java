package org.entente.notify.timeline;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.entente.platform.inbound.IdempotentWrites;
import org.entente.platform.inbound.InboundEvent;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Writes one timeline entry per event, whatever the topic it came from. */
@Component
public class TimelineRecorder {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() { };

    private final IdempotentWrites writes;
    private final JsonMapper json;
    private final Clock clock;

    TimelineRecorder(IdempotentWrites writes, JsonMapper json, Clock clock, MongoTemplate mongo) {
        this.writes = writes;
        this.json = json;
        this.clock = clock;
        // An agreement's timeline, and the global one, are read in the order things happened.
        mongo.indexOps(TimelineEntry.COLLECTION).createIndex(new Index()
                .on("agreementId", Sort.Direction.ASC).on("occurredAt", Sort.Direction.ASC).on("_id", Sort.Direction.ASC));
        mongo.indexOps(TimelineEntry.COLLECTION).createIndex(new Index()
                .on("occurredAt", Sort.Direction.ASC).on("_id", Sort.Direction.ASC));
    }

    /** One entry per event in one bulk insert; an event seen before keeps its first entry. */
    public void recordAll(List<InboundEvent> events) {
        writes.insertAllOnce(events.stream().map(this::entry).toList(), TimelineEntry.class, TimelineEntry.COLLECTION);
    }

    private TimelineEntry entry(InboundEvent event) {
        return new TimelineEntry(event.id(), event.subject(), event.type().name(), event.time(),
                event.source(), event.actor(), json.convertValue(event.data(), FIELDS), clock.instant());
    }
}
