package org.entente.platform.outbox;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.bson.Document;
import org.entente.platform.cloudevent.CloudEventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.cloud.stream.config.ProducerMessageHandlerCustomizer;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.integration.kafka.outbound.KafkaProducerMessageHandler;
import org.springframework.integration.kafka.support.KafkaIntegrationHeaders;
import org.springframework.integration.support.MessageBuilder;
import org.springframework.messaging.Message;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Moves events from the documents' {@code pendingEvents} to Kafka.
 *
 * <p>Right after a write the document is queued in its lane; what a crash or a broker outage
 * leaves behind is queued by the sweep. Documents are spread over a few lanes by id, a
 * document always in the same single-threaded lane, so one instance never publishes a
 * document twice at once. A lane takes everything queued to it as one run: it reads the run's
 * documents back ({@code _id $in}, one query per collection), sends their events without
 * waiting for each acknowledgement in turn, and then pulls from each document, in one bulk
 * write, the events the broker acknowledged ({@code acks=all}). Across instances a rare
 * duplicate is possible; consumers are idempotent by event id.
 *
 * <p>After an update the lane reads the events back rather than taking them from the write:
 * two request threads writing one document can call {@link #publishSoon} in the opposite order
 * of their writes, and a lane handed the events would then publish the later write's first.
 * The document's array holds them in the order they were stored. A document just inserted is
 * different: its events are its whole outbox, so they are handed to the lane
 * ({@link #publishInserted}) and not read back, unless another write or the sweep queues the
 * document before its run. (A sweep that reads the document between its insert and that call
 * can make it sent twice: a duplicate, which consumers ignore.)
 */
public class OutboxRelay implements SmartLifecycle, DisposableBean,
        ProducerMessageHandlerCustomizer<KafkaProducerMessageHandler<?, ?>> {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int SWEEP_BATCH = 500;
    /** Documents a lane relays in one run: one read per collection and one bulk pull for all of them. */
    private static final int RUN_SIZE = 500;
    /**
     * The producer fails a record's future once {@code delivery.timeout.ms} (10 s) has passed
     * without an acknowledgement; this bound only guards against a future never completed.
     */
    private static final Duration ACKNOWLEDGEMENT_TIMEOUT = Duration.ofSeconds(30);

    private final MongoTemplate mongo;
    private final StreamBridge streamBridge;
    private final Duration sweepInterval;
    private final Set<String> collections = ConcurrentHashMap.newKeySet();
    /**
     * Documents waiting in a lane, each with the events its run may take as they are (an
     * inserted document's), or none: its run reads them back. The sweep does not queue them twice.
     */
    private final Map<Queued, Optional<List<PendingEvent>>> queued = new ConcurrentHashMap<>();
    /** The producer's future of each record just sent, by event id, as the binder hands it over. */
    private final Map<String, CompletableFuture<?>> sendFutures = new ConcurrentHashMap<>();
    private final Lane[] lanes;
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(
            task -> daemon(task, "outbox-sweep"));
    private final Counter published;
    private final Counter failed;
    private ScheduledFuture<?> sweeping;

    public OutboxRelay(MongoTemplate mongo, StreamBridge streamBridge, Duration sweepInterval, int laneCount,
                       MeterRegistry meters) {
        this.lanes = new Lane[laneCount];
        for (int i = 0; i < laneCount; i++) {
            lanes[i] = new Lane("outbox-relay-" + i);
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

    /** Publishes the document's pending events soon, off the caller's thread; its run reads them back. */
    void publishSoon(String collection, Object id) {
        Queued document = new Queued(collection, id);
        // Already waiting in its lane: that run reads the document back and sees the new events too.
        if (queued.put(document, Optional.empty()) == null) {
            laneOf(document).add(document);
        }
    }

    /**
     * Publishes the events a document was just inserted with soon, off the caller's thread,
     * without reading them back. A document stored without events (a subscription) is not queued:
     * its run would have no first event to send.
     */
    void publishInserted(String collection, Object id, List<PendingEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Queued document = new Queued(collection, id);
        if (queued.putIfAbsent(document, Optional.of(List.copyOf(events))) == null) {
            laneOf(document).add(document);
        }
    }

    private Lane laneOf(Queued document) {
        return lanes[Math.floorMod(document.hashCode(), lanes.length)];
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

    /**
     * Asks the binder for the Kafka producer's future of every record sent with a future token
     * (the relay's, the event id), so the relay waits for acknowledgements itself instead of
     * the binder blocking each send until its own.
     */
    @Override
    public void configure(KafkaProducerMessageHandler<?, ?> handler, String destinationName) {
        handler.setFuturesChannel((message, timeout) -> {
            sendFutures.put(String.valueOf(message.getHeaders().get(KafkaIntegrationHeaders.FUTURE_TOKEN)),
                    (CompletableFuture<?>) message.getPayload());
            return true;
        });
    }

    /** One lane's run: take or read the documents' events, send them, pull what the broker acknowledged. */
    private void relay(Map<Queued, Optional<List<PendingEvent>>> run) {
        List<Outbox> outboxes = new ArrayList<>();
        List<Queued> toRead = new ArrayList<>();
        run.forEach((document, handed) -> handed.ifPresentOrElse(
                events -> outboxes.add(new Outbox(document.collection(), document.id(), events)),
                () -> toRead.add(document)));
        outboxes.addAll(read(toRead));
        send(outboxes);
        pullAcknowledged(outboxes);
    }

    private List<Outbox> read(List<Queued> run) {
        List<Outbox> outboxes = new ArrayList<>();
        run.stream().collect(groupingBy(Queued::collection, LinkedHashMap::new, mapping(Queued::id, toList())))
                .forEach((collection, ids) -> {
                    Query byIds = Query.query(where("_id").in(ids));
                    byIds.fields().include(PendingEvent.FIELD);
                    try {
                        for (Document document : mongo.find(byIds, Document.class, collection)) {
                            List<PendingEvent> events = document.getList(PendingEvent.FIELD, Document.class, List.of())
                                    .stream().map(PendingEvent::fromDocument).toList();
                            if (!events.isEmpty()) {
                                outboxes.add(new Outbox(collection, document.get("_id"), events));
                            }
                        }
                    } catch (RuntimeException e) {
                        failed.increment();
                        log.warn("Could not read the pending events of {} documents of {}; they stay stored for the next sweep: {}",
                                ids.size(), collection, e.getMessage());
                    }
                });
        return outboxes;
    }

    /**
     * Sends the first event of every outbox, then waits for those acknowledgements; then the
     * second event of each outbox whose first was acknowledged, and so on. Events of different
     * documents travel together, while a document's next event leaves only once the broker has
     * its previous one: a failed send can never let a later event of a document reach Kafka
     * before an earlier one. At a document's first failure its remaining events wait for the
     * sweep; when the broker cannot be reached at all, so does the rest of the run.
     */
    private void send(List<Outbox> outboxes) {
        List<Outbox> sending = outboxes;
        boolean brokerAway = false;
        while (!sending.isEmpty() && !brokerAway) {
            List<InFlight> round = new ArrayList<>(sending.size());
            for (Outbox outbox : sending) {
                PendingEvent event = outbox.firstUnacknowledged();
                InFlight sent = new InFlight(outbox, event, send(event));
                round.add(sent);
                if (sent.failedAtOnceForWantOfTheBroker()) {
                    brokerAway = true; // each further send would wait max.block.ms as long
                    break;
                }
            }
            long deadline = System.nanoTime() + ACKNOWLEDGEMENT_TIMEOUT.toNanos();
            sending = new ArrayList<>(round.size());
            for (InFlight sent : round) {
                if (acknowledged(sent, deadline)) {
                    sent.outbox().acknowledged++;
                    published.increment();
                    if (sent.outbox().hasUnacknowledged()) {
                        sending.add(sent.outbox());
                    }
                }
            }
        }
    }

    private CompletableFuture<?> send(PendingEvent event) {
        Message<byte[]> message = MessageBuilder.fromMessage(toMessage(event))
                .setHeader(KafkaIntegrationHeaders.FUTURE_TOKEN, event.id())
                .build();
        try {
            boolean accepted = streamBridge.send(event.stream(), message);
            // The binder hands the future over within the send, on this thread.
            CompletableFuture<?> acknowledgement = sendFutures.remove(event.id());
            if (!accepted || acknowledgement == null) {
                return CompletableFuture.failedFuture(new IllegalStateException(accepted
                        ? "the binder handed back no future for the record" : "the binding refused the record"));
            }
            return acknowledgement;
        } catch (RuntimeException e) {
            sendFutures.remove(event.id());
            return CompletableFuture.failedFuture(e);
        }
    }

    private boolean acknowledged(InFlight sent, long deadline) {
        try {
            sent.acknowledgement().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
            failed.increment();
            log.warn("Could not publish event {} of {} {}; it and the document's later events stay stored for the next sweep: {}",
                    sent.event().id(), sent.outbox().collection(), sent.outbox().id(), cause.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One bulk write per collection: for each document, one {@code $pull} of the events acknowledged. */
    private void pullAcknowledged(List<Outbox> outboxes) {
        outboxes.stream().filter(outbox -> outbox.acknowledged > 0)
                .collect(groupingBy(Outbox::collection, LinkedHashMap::new, toList()))
                .forEach((collection, done) -> {
                    BulkOperations pulls = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
                    for (Outbox outbox : done) {
                        pulls.updateOne(Query.query(where("_id").is(outbox.id())), new Update().pull(PendingEvent.FIELD,
                                new Document("id", new Document("$in", outbox.acknowledgedIds()))));
                    }
                    try {
                        pulls.execute();
                    } catch (RuntimeException e) {
                        failed.increment();
                        log.warn("Published events of {} documents of {} could not be removed from their outbox; the sweep will "
                                + "publish them again (consumers ignore the duplicates): {}", done.size(), collection, e.getMessage());
                    }
                });
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
        for (Lane lane : lanes) {
            lane.thread.shutdown();
        }
        for (Lane lane : lanes) {
            lane.thread.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    /** A document waiting in a lane. */
    private record Queued(String collection, Object id) {
    }

    /**
     * Documents queued to one thread. A run takes all that waits (up to {@link #RUN_SIZE}); what
     * is queued meanwhile waits for the next run, which starts as soon as this one ends.
     */
    private final class Lane {

        private final BlockingQueue<Queued> waiting = new LinkedBlockingQueue<>();
        private final AtomicBoolean scheduled = new AtomicBoolean();
        private final ExecutorService thread;
        private final String name;

        Lane(String name) {
            this.name = name;
            this.thread = Executors.newSingleThreadExecutor(task -> daemon(task, name));
        }

        void add(Queued document) {
            waiting.add(document);
            schedule();
        }

        private void schedule() {
            if (scheduled.compareAndSet(false, true)) {
                try {
                    thread.execute(this::run);
                } catch (RejectedExecutionException shuttingDown) {
                    log.info("Relay stopping; the {} documents waiting in {} will be published by the next sweep",
                            waiting.size(), name);
                }
            }
        }

        private void run() {
            try {
                List<Queued> drained = new ArrayList<>();
                waiting.drainTo(drained, RUN_SIZE);
                // Before reading: a write from now on queues the document again, for the next run.
                Map<Queued, Optional<List<PendingEvent>>> run = new LinkedHashMap<>();
                drained.forEach(document -> run.put(document, queued.remove(document)));
                relay(run);
            } catch (RuntimeException e) {
                failed.increment();
                log.warn("Outbox relay run failed; its events stay stored for the next sweep: {}", e.toString());
            } finally {
                scheduled.set(false);
            }
            if (!waiting.isEmpty()) {
                schedule();
            }
        }
    }

    /** One document's pending events, in stored order, and how many of them the broker has acknowledged. */
    private static final class Outbox {

        private final String collection;
        private final Object id;
        private final List<PendingEvent> events;
        private int acknowledged;

        Outbox(String collection, Object id, List<PendingEvent> events) {
            this.collection = collection;
            this.id = id;
            this.events = events;
        }

        String collection() {
            return collection;
        }

        Object id() {
            return id;
        }

        PendingEvent firstUnacknowledged() {
            return events.get(acknowledged);
        }

        boolean hasUnacknowledged() {
            return acknowledged < events.size();
        }

        List<String> acknowledgedIds() {
            return events.subList(0, acknowledged).stream().map(PendingEvent::id).toList();
        }
    }

    /** An event sent and the producer's future of its acknowledgement. */
    private record InFlight(Outbox outbox, PendingEvent event, CompletableFuture<?> acknowledgement) {

        /** The send failed before it left, on a Kafka timeout: the producer waited for a broker that did not answer. */
        boolean failedAtOnceForWantOfTheBroker() {
            if (!acknowledgement.isCompletedExceptionally()) {
                return false;
            }
            Throwable cause = acknowledgement.handle((result, failure) -> failure).join();
            while (cause != null && !(cause instanceof org.apache.kafka.common.errors.TimeoutException)) {
                cause = cause.getCause();
            }
            return cause != null;
        }
    }
}
