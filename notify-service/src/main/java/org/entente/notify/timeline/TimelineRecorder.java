package org.entente.notify.timeline;

import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;

import org.entente.platform.inbound.EventReader;
import org.entente.platform.inbound.IdempotentWrites;
import org.entente.platform.inbound.InboundEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.messaging.Message;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Writes one timeline entry per event, whatever the topic it came from. */
@Configuration(proxyBeanMethods = false)
class TimelineRecorder {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() { };

    private final IdempotentWrites writes;
    private final JsonMapper json;
    private final Clock clock;

    TimelineRecorder(IdempotentWrites writes, JsonMapper json, Clock clock, MongoTemplate mongo) {
        this.writes = writes;
        this.json = json;
        this.clock = clock;
        // An agreement's timeline is read in the order things happened.
        mongo.indexOps(TimelineEntry.COLLECTION).createIndex(new Index()
                .on("agreementId", Sort.Direction.ASC).on("occurredAt", Sort.Direction.ASC).on("_id", Sort.Direction.ASC));
    }

    /** Bound to the agreements topic as {@code agreementEvents-in-0}. */
    @Bean
    Consumer<Message<byte[]>> agreementEvents(EventReader reader) {
        return message -> record(reader.read(message));
    }

    void record(InboundEvent event) {
        writes.insertOnce(new TimelineEntry(event.id(), event.subject(), event.type().name(), event.time(),
                event.source(), json.convertValue(event.data(), FIELDS), clock.instant()), TimelineEntry.COLLECTION);
    }
}
