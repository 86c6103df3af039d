package org.entente.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

/** The parts underneath, measured on the same servers: what the services could at best reach. */
final class Limits {

    private Limits() {
    }

    /** Single-document updates per second with the raw driver, from one and from several threads. */
    static Map<String, Object> mongoUpdateRate(MongoClient client, Duration duration) throws InterruptedException {
        MongoCollection<Document> raw = client.getDatabase("benchmark").getCollection("raw");
        raw.drop();
        return Map.of(
                "oneThreadPerSecond", Latencies.round(updates(raw, 1, duration)),
                "eightThreadsPerSecond", Latencies.round(updates(raw, 8, duration)));
    }

    /** Single-document inserts per second with the raw driver, from one thread: what one timeline entry costs at best. */
    static Map<String, Object> mongoInsertRate(MongoClient client, Duration duration) {
        MongoCollection<Document> raw = client.getDatabase("benchmark").getCollection("rawInserts");
        raw.drop();
        long done = 0;
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            raw.insertOne(new Document("_id", "doc-" + done).append("version", 0L));
            done++;
        }
        return Map.of("oneThreadPerSecond", Latencies.round(done / (duration.toNanos() / 1e9)));
    }

    private static double updates(MongoCollection<Document> raw, int threads, Duration duration) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        for (int t = 0; t < threads; t++) {
            String id = "doc-" + threads + "-" + t;
            raw.insertOne(new Document("_id", id).append("version", 0L));
            pool.execute(() -> {
                while (System.nanoTime() < end) {
                    raw.updateOne(Filters.eq("_id", id), Updates.inc("version", 1));
                    done.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(duration.toSeconds() + 30, TimeUnit.SECONDS);
        return done.get() / (duration.toNanos() / 1e9);
    }

    /** Produce (acks=all) to consume latency on the same broker, at a modest steady rate. */
    static Latencies kafkaLatency(String bootstrap, int messages) throws Exception {
        String topic = "benchmark.raw." + UUID.randomUUID();
        Latencies latencies = new Latencies();
        CountDownLatch warmedUp = new CountDownLatch(1);
        CountDownLatch received = new CountDownLatch(messages);
        // A flag, not an interrupt: an interrupt that lands while the consumer closes is logged as an error.
        AtomicBoolean stop = new AtomicBoolean();
        Properties consumerConfig = new Properties();
        consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, topic);
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Thread consumer = new Thread(() -> {
            try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(consumerConfig, new StringDeserializer(),
                    new StringDeserializer())) {
                kafka.subscribe(List.of(topic));
                while (received.getCount() > 0 && !stop.get()) {
                    for (ConsumerRecord<String, String> record : kafka.poll(Duration.ofMillis(100))) {
                        if (record.key().equals("warm-up")) {
                            warmedUp.countDown();
                        } else {
                            latencies.add(System.nanoTime() - Long.parseLong(record.value()));
                            received.countDown();
                        }
                    }
                }
            }
        }, "benchmark-consumer");
        Properties producerConfig = new Properties();
        producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig, new StringSerializer(),
                new StringSerializer())) {
            consumer.start();
            // Timing starts once the consumer has its partitions: warm-up records until one arrives.
            while (!warmedUp.await(500, TimeUnit.MILLISECONDS)) {
                producer.send(new ProducerRecord<>(topic, "warm-up", "0")).get();
            }
            for (int i = 0; i < messages; i++) {
                producer.send(new ProducerRecord<>(topic, "key-" + (i % 6), String.valueOf(System.nanoTime())));
                TimeUnit.MILLISECONDS.sleep(5); // a steady 200 records a second, not a burst
            }
            producer.flush();
        }
        received.await(60, TimeUnit.SECONDS);
        stop.set(true);
        consumer.join(TimeUnit.SECONDS.toMillis(30));
        return latencies;
    }
}
