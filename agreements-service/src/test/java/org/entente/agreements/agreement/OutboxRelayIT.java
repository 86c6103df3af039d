package org.entente.agreements.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.entente.localstack.test.IntegrationTest;
import org.entente.localstack.test.TestInfrastructure;
import org.entente.localstack.test.TopicRecords;
import org.entente.platform.outbox.AggregateStore;
import org.entente.platform.outbox.Change;
import org.entente.platform.outbox.StaleVersionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox relay against the real broker and store: a document's events reach Kafka in the
 * order they were stored, and only what the broker acknowledged leaves the outbox.
 */
@IntegrationTest
class OutboxRelayIT {

    /** Above the producer's max.request.size (1 MB): the broker never gets such a record. */
    private static final int TOO_LARGE = 1_100_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    AggregateStore<Agreement> store;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MeterRegistry meters;

    @Value("${entente.topics.agreements}")
    String topic;

    @Test
    void concurrentWritesToOneAgreementArriveInTheOrderTheyWereStored() throws Exception {
        Agreement agreement = registered();
        int threads = 8;
        int editsPerThread = 10;

        ExecutorService writers = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String writer = "writer " + t;
                done.add(writers.submit(() -> {
                    for (int i = 0; i < editsPerThread; i++) {
                        edit(agreement, writer + " edit " + i);
                    }
                    return null;
                }));
            }
            for (Future<?> writes : done) {
                writes.get();
            }
        } finally {
            writers.shutdown();
        }

        long versions = 1 + (long) threads * editsPerThread;
        List<ConsumerRecord<String, String>> published = events(agreement.id(), (int) versions);
        assertThat(published).extracting(record -> JSON.readTree(record.value())
                        .get("agreement").get("version").asLong())
                .as("agreement versions in the order Kafka has them")
                .containsExactlyElementsOf(LongStream.rangeClosed(1, versions).boxed().toList());
        await().atMost(Duration.ofSeconds(10)).until(() -> pending(agreement.id()).isEmpty());
    }

    @Test
    void aDocumentWhoseSendFailsKeepsExactlyTheEventsTheBrokerDidNotAcknowledge() {
        Agreement agreement = registered();
        await().atMost(Duration.ofSeconds(10)).until(() -> pending(agreement.id()).isEmpty());
        String before = UUID.randomUUID().toString();
        String refused = UUID.randomUUID().toString();
        String after = UUID.randomUUID().toString();

        // One write queues three events; the broker refuses the middle one. The sweep relays the document.
        mongo.updateFirst(Query.query(Criteria.where("_id").is(agreement.id())),
                new Update().push("pendingEvents").each(
                        pendingEvent(before, agreement.id(), "{\"n\": 1}"),
                        pendingEvent(refused, agreement.id(), "{\"n\": \"" + "x".repeat(TOO_LARGE) + "\"}"),
                        pendingEvent(after, agreement.id(), "{\"n\": 3}")),
                "agreements");

        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> pending(agreement.id()).size() == 2);
            assertThat(pending(agreement.id())).as("left in the outbox").containsExactly(refused, after);
            List<ConsumerRecord<String, String>> published = events(agreement.id(), 2);
            assertThat(published).as("on the topic: the creation, then the event before the refused one, never the one after it")
                    .extracting(record -> TopicRecords.header(record, "ce_type"))
                    .containsExactly("entente.agreement.created.v1", "entente.agreement.updated.v1");
            assertThat(TopicRecords.header(published.get(1), "ce_id")).isEqualTo(before);
        } finally {
            // The refused event would be tried again at every sweep of this shared context.
            mongo.updateFirst(Query.query(Criteria.where("_id").is(agreement.id())),
                    new Update().set("pendingEvents", List.of()), "agreements");
        }
    }

    @Test
    void aDocumentStoredWithoutEventsLeavesTheRelaysRunsToTheOthers() {
        double failuresBefore = meters.counter("entente.outbox.publish.failures").count();
        for (int i = 0; i < 8; i++) {
            Change<Agreement> change = Agreement.register(details("SILENT-" + UUID.randomUUID(), "No events"),
                    Instant.now(), "claire");
            store.insert(change.aggregate(), List.of());
        }
        // Enough documents with events that every lane runs one after a document without any.
        List<Agreement> registered = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            registered.add(registered());
        }

        await().atMost(Duration.ofSeconds(20))
                .until(() -> registered.stream().allMatch(agreement -> pending(agreement.id()).isEmpty()));
        assertThat(meters.counter("entente.outbox.publish.failures").count())
                .as("relay runs failed meanwhile").isEqualTo(failuresBefore);
    }

    @Test
    void agreementsInsertedTogetherReachTheTopicWithTheirEvents() {
        List<Change<Agreement>> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(Agreement.register(details("TOGETHER-" + UUID.randomUUID(), "Inserted together"), Instant.now(),
                    "claire"));
        }

        store.insertAll(created);

        assertThat(created).allSatisfy(change -> assertThat(events(change.aggregate().id(), 1))
                .extracting(record -> TopicRecords.header(record, "ce_type"))
                .containsExactly("entente.agreement.created.v1"));
        await().atMost(Duration.ofSeconds(10)).until(() -> created.stream()
                .allMatch(change -> pending(change.aggregate().id()).isEmpty()));
    }

    private Agreement registered() {
        Change<Agreement> change = Agreement.register(details("RELAY-" + UUID.randomUUID(), "Registered"), Instant.now(),
                "claire");
        return store.insert(change.aggregate(), change.events());
    }

    /** Edits as a request would, again on the fresh state whenever another writer got there first. */
    private void edit(Agreement agreement, String summary) {
        while (true) {
            try {
                store.change(agreement.id(), null,
                        current -> current.edit(details(agreement.details().code(), summary), Instant.now(), "claire"));
                return;
            } catch (StaleVersionException contended) {
                // three attempts lost to the other writers: once more
            }
        }
    }

    private List<String> pending(String id) {
        Document stored = mongo.findById(id, Document.class, "agreements");
        return stored.getList("pendingEvents", Document.class, List.of()).stream()
                .map(event -> event.getString("id")).toList();
    }

    private List<ConsumerRecord<String, String>> events(String id, int expected) {
        return TopicRecords.await(TestInfrastructure.get().kafkaBootstrapServers(), topic,
                record -> id.equals(record.key()), found -> found.size() >= expected, Duration.ofSeconds(30));
    }

    private static Document pendingEvent(String id, String subject, String data) {
        return new Document("id", id)
                .append("type", "entente.agreement.updated.v1")
                .append("source", "/entente/agreements-service")
                .append("subject", subject)
                .append("time", Date.from(Instant.now()))
                .append("stream", "agreements")
                .append("data", data)
                .append("actor", "claire");
    }

    private static Agreement.Details details(String code, String summary) {
        return new Agreement.Details(code, AgreementKind.MOU, Map.of("fr", "Essai", "en", "Test"), summary, List.of(),
                List.of(new Party("org-1", "INSP", "FR", PartyRole.SIGNATORY, null)), null, null, null, null, null,
                Confidentiality.INTERNAL, null);
    }
}
