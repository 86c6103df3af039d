package org.entente.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.entente.localstack.LocalSystem;
import org.entente.localstack.test.TestEvents;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;

/**
 * A burst absorbed: with notify-service stopped, N agreement events (as an import or the
 * expiry job would send them: each a new agreement) go onto the agreements topic; then
 * notify-service starts, and the time to the last of their N timeline entries is measured,
 * from its start and from its first entry (what the consumers take, without the JVM's start).
 */
final class BacklogDrain {

    private BacklogDrain() {
    }

    static Map<String, Object> measure(LocalSystem system, MongoClient mongo, String kafka, int events)
            throws InterruptedException {
        String run = "backlog-" + UUID.randomUUID();
        MongoCollection<Document> timeline = mongo.getDatabase("notify").getCollection("timeline");
        system.stop("notify-service");
        long before = timeline.estimatedDocumentCount();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < events; i++) {
                String agreementId = run + "-" + i;
                producer.send(TestEvents.cloudEvent("entente.agreements", UUID.randomUUID().toString(),
                        "entente.agreement.created.v1", agreementId, Instant.now(),
                        TestEvents.agreementCreated(agreementId, 1, "BACKLOG-" + i, "Backlog", "Arriéré")));
            }
            producer.flush();
        }
        long started = System.nanoTime();
        Instant startedAt = Instant.now();
        system.restartService("notify-service");
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        // Watched by the collection's size, which the store keeps: a query for the run's entries
        // would read the whole timeline twice a second and slow the drain it measures.
        while (timeline.estimatedDocumentCount() - before < events && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(500); // still draining; look again
        }
        // The count also grows with what the earlier loads left queued for notify-service: once it
        // is reached, count this run's entries themselves, every two seconds, until all are there.
        var ours = Filters.regex("agreementId", "^" + run);
        long stored = timeline.countDocuments(ours);
        while (stored < events && System.nanoTime() < deadline) {
            TimeUnit.SECONDS.sleep(2); // some of the run's events are still ahead in the topic
            stored = timeline.countDocuments(ours);
        }
        double waited = (System.nanoTime() - started) / 1e9;
        Document first = timeline.find(ours).sort(Sorts.ascending("recordedAt")).limit(1).first();
        Document last = timeline.find(ours).sort(Sorts.descending("recordedAt")).limit(1).first();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("events", events);
        result.put("entriesStored", stored);
        if (first == null || last == null) {
            result.put("secondsFromStartToLastEntry", Latencies.round(waited));
            return result;
        }
        Instant firstAt = first.getDate("recordedAt").toInstant();
        Instant lastAt = last.getDate("recordedAt").toInstant();
        double fromStart = Duration.between(startedAt, lastAt).toNanos() / 1e9;
        double fromFirst = Duration.between(firstAt, lastAt).toNanos() / 1e9;
        result.put("secondsFromStartToLastEntry", Latencies.round(fromStart));
        result.put("secondsFromFirstToLastEntry", Latencies.round(fromFirst));
        result.put("eventsPerSecondFromFirstEntry", Latencies.round(stored / fromFirst));
        result.put("eventsPerSecondFromStart", Latencies.round(stored / fromStart));
        return result;
    }
}
