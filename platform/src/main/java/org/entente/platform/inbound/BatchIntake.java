package org.entente.platform.inbound;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;

/**
 * Takes a batch of records as the Kafka binder polls them and hands its events to a handler
 * that processes them together (bulk writes), under the guarantees a single-record consumer
 * had:
 * <ul>
 * <li>a record that is not a valid event goes to the consumer's dead-letter topic
 *     ({@code <topic>.<group>.dlq}) and the others are processed;</li>
 * <li>the events keep the order they were polled in, so one agreement's (one key, one
 *     partition) stay in order;</li>
 * <li>when the batch fails, its events are processed again one at a time, each with a few
 *     attempts: the handler is idempotent by event id, so what the failed batch had written
 *     is not written twice, and an event that still fails goes to the dead-letter topic
 *     without holding back the rest of its partition.</li>
 * </ul>
 * The batch's offsets are committed when this returns; if a dead letter cannot be sent, it
 * throws and the container polls the batch again.
 */
public class BatchIntake {

    private static final Logger log = LoggerFactory.getLogger(BatchIntake.class);

    private final EventReader reader;
    private final DeadLetters deadLetters;
    private final String group;
    private final IntakeSettings settings;

    public BatchIntake(EventReader reader, DeadLetters deadLetters, String group, IntakeSettings settings) {
        this.reader = reader;
        this.deadLetters = deadLetters;
        this.group = group;
        this.settings = settings;
    }

    /**
     * The batch as a {@code Message<Object>}: a consumer declared with a list type would have
     * Spring Cloud Function convert the records' bytes as JSON, so it takes the message as it is.
     */
    public void accept(Message<Object> batch, Consumer<List<InboundEvent>> handler) {
        List<ReceivedRecord> readable = new ArrayList<>();
        List<InboundEvent> events = new ArrayList<>();
        for (ReceivedRecord record : ReceivedRecord.split(batch)) {
            try {
                events.add(reader.read(record.message()));
                readable.add(record);
            } catch (MalformedEventException poison) {
                log.warn("Record {}-{}@{} is not a valid event, sent to the dead-letter topic: {}", record.topic(),
                        record.partition(), record.offset(), poison.getMessage());
                deadLetters.send(deadLetterTopic(record), record, poison);
            }
        }
        if (events.isEmpty()) {
            return;
        }
        try {
            handler.accept(events);
        } catch (RuntimeException batchFailed) {
            log.warn("A batch of {} events failed ({}); processing them one at a time", events.size(),
                    batchFailed.toString());
            for (int i = 0; i < events.size(); i++) {
                processAlone(events.get(i), readable.get(i), handler);
            }
        }
    }

    private void processAlone(InboundEvent event, ReceivedRecord record, Consumer<List<InboundEvent>> handler) {
        Duration pause = settings.backOffInitial();
        for (int attempt = 1; ; attempt++) {
            try {
                handler.accept(List.of(event));
                return;
            } catch (RuntimeException failed) {
                if (attempt >= settings.maxAttempts()) {
                    log.error("Event {} ({}) failed {} times, sent to the dead-letter topic", event.id(),
                            event.type().name(), attempt, failed);
                    deadLetters.send(deadLetterTopic(record), record, failed);
                    return;
                }
                pause(pause);
                pause = min(pause.multipliedBy(2), settings.backOffMax());
            }
        }
    }

    private String deadLetterTopic(ReceivedRecord record) {
        return record.topic() + "." + group + ".dlq";
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted between attempts", e);
        }
    }
}
