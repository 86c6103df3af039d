package org.entente.platform.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.entente.platform.cloudevent.CloudEventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Moves events from the documents' {@code pendingEvents} to Kafka.
 *
 * <p>Right after a write the document's events are published in order; each is pulled from
 * the document once the broker acknowledged it ({@code acks=all}, synchronous send). What
 * a crash or a broker outage leaves behind is found by the sweep. Documents are spread over
 * a few lanes by id: a document always goes to the same single-threaded lane, so its events
 * keep their order and one instance never publishes it twice at once, while other documents
 * go on in parallel. Across instances a rare duplicate is possible; consumers are
 * idempotent by event id.
 */
public class OutboxRelay implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int SWEEP_BATCH = 500;

    private final MongoTemplate mongo;
    private final StreamBridge streamBridge;
    private final Duration sweepInterval;
    private final Set<String> collections = ConcurrentHashMap.newKeySet();
    /** Documents waiting in a lane: the sweep does not queue them twice. */
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private final ExecutorService[] lanes;
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(
            task -> daemon(task, "outbox-sweep"));
    private final Counter published;
    private final Counter failed;
    private ScheduledFuture<?> sweeping;

    public OutboxRelay(MongoTemplate mongo, StreamBridge streamBridge, Duration sweepInterval, int laneCount,
                       MeterRegistry meters) {
        this.lanes = new ExecutorService[laneCount];
        for (int i = 0; i < laneCount; i++) {
            String name = "outbox-relay-" + i;
            lanes[i] = Executors.newSingleThreadExecutor(task -> daemon(task, name));
        }
        this.mongo = mongo;
        this.streamBridge = streamBridge;
        this.sweepInterval = sweepInterval;
        this.published = meters.counter("entente.outbox.published");
        this.failed = meters.counter("entente.outbox.publish.failures");
    }

    /** Makes the sweep look at this collection's documents. */
    void watch(String collection) {
        collections.add(collection);
    }

    /** Publishes the document's pending events soon, off the caller's thread. */
    void publishSoon(String collection, Object id) {
        String key = collection + "/" + id;
        if (!queued.add(key)) {
            return; // already waiting in its lane; that run will see the new events too
        }
        try {
            lanes[Math.floorMod(key.hashCode(), lanes.length)].execute(() -> {
                queued.remove(key);
                relayDocument(collection, id);
            });
        } catch (RejectedExecutionException shuttingDown) {
            queued.remove(key);
            log.info("Relay stopping; {} {} will be published by the next sweep", collection, id);
        }
    }

    /** Queues what earlier attempts left behind (a crash, a broker outage) in the documents' lanes. */
    public void sweep() {
        for (String collection : collections) {
            Query leftovers = Query.query(where(PendingEvent.FIELD + ".0").exists(true)).limit(SWEEP_BATCH);
            leftovers.fields().include("_id");
            for (Document document : mongo.find(leftovers, Document.class, collection)) {
                publishSoon(collection, document.get("_id"));
            }
        }
    }

    /** Publishes the document's events in order; at the first failure the rest waits for the sweep. */
    private void relayDocument(String collection, Object id) {
        try {
            Query byId = Query.query(where("_id").is(id));
            byId.fields().include(PendingEvent.FIELD);
            Document document = mongo.findOne(byId, Document.class, collection);
            if (document == null) {
                return;
            }
            for (Document pending : document.getList(PendingEvent.FIELD, Document.class, List.of())) {
                PendingEvent event = PendingEvent.fromDocument(pending);
                streamBridge.send(event.stream(), toMessage(event));
                mongo.updateFirst(byId, new Update().pull(PendingEvent.FIELD, new Document("id", event.id())),
                        collection);
                published.increment();
            }
        } catch (RuntimeException e) {
            failed.increment();
            log.warn("Could not publish pending events of {} {}; they stay stored for the next sweep: {}",
                    collection, id, e.getMessage());
        }
    }

    static Message<byte[]> toMessage(PendingEvent event) {
        return new CloudEventEnvelope(event.id(), event.source(), event.type(), event.subject(), event.time(),
                event.actor()).toKafkaMessage(event.data().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public synchronized void start() {
        long millis = sweepInterval.toMillis();
        sweeping = sweeper.scheduleWithFixedDelay(this::sweepQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("Outbox sweep failed; next one in {}: {}", sweepInterval, e.getMessage());
        }
    }

    /** Stops sweeping; the context may start it again (tests pause cached contexts). */
    @Override
    public synchronized void stop() {
        if (sweeping != null) {
            sweeping.cancel(false);
            sweeping = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return sweeping != null;
    }

    @Override
    public void destroy() throws InterruptedException {
        sweeper.shutdown();
        for (ExecutorService lane : lanes) {
            lane.shutdown();
        }
        for (ExecutorService lane : lanes) {
            lane.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
