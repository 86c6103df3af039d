package org.entente.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.localstack.test.TestEvents.agreementCreated;
import static org.entente.localstack.test.TestEvents.agreementSnapshot;
import static org.entente.localstack.test.TestEvents.cloudEvent;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.bson.Document;
import org.entente.localstack.test.TopicRecords;
import org.entente.notify.delivery.Delivery;
import org.entente.notify.timeline.TimelineEntry;
import org.entente.platform.replica.AgreementReplica;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * The agreements consumer given one batch the way the Kafka binder hands it over (values in a
 * list, every header a list with one element per record), so what sits in one poll is certain:
 * a duplicate, a poison record in the middle, two versions of one agreement in order.
 */
class BatchIntakeIT extends NotifyIntegrationTest {

    static final String CREATED = "entente.agreement.created.v1";
    static final String STATUS_CHANGED = "entente.agreement.status-changed.v1";

    @Autowired
    @Qualifier("agreementEvents")
    Consumer<Message<Object>> agreementEvents;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aBatchWithADuplicateAPoisonRecordAndTwoVersionsOfAnAgreementKeepsEveryGuarantee() {
        String agreementId = newId();
        String otherId = newId();
        String follower = follow(agreementId);
        String created = newId();
        String activated = newId();
        String poison = newId();
        String other = newId();
        Instant time = Instant.parse("2025-11-14T10:00:00Z");
        var createdRecord = cloudEvent(agreementsTopic, created, CREATED, agreementId, time,
                agreementCreated(agreementId, 1, "B-1", "Batch", "Lot"));

        agreementEvents.accept(batch(List.of(
                createdRecord,
                createdRecord, // the same event twice in one poll
                cloudEvent(agreementsTopic, poison, CREATED, agreementId, time.plusSeconds(1), "not JSON"),
                cloudEvent(agreementsTopic, activated, STATUS_CHANGED, agreementId, time.plusSeconds(2),
                        "{\"agreement\": " + agreementSnapshot(agreementId, 2, "B-1", "SIGNED", "Batch", "Lot")
                                + ", \"from\": \"NEGOTIATION\", \"to\": \"SIGNED\", \"on\": \"2025-11-14\", \"reason\": null}"),
                cloudEvent(agreementsTopic, other, CREATED, otherId, time.plusSeconds(3),
                        agreementCreated(otherId, 1, "B-2", "After the poison", "Après"))), 1000));

        assertThat(timeline(agreementId)).containsExactly(created, activated);
        assertThat(timeline(otherId)).containsExactly(other);
        // The agreement's later version is the one kept, whatever the batch held before it.
        assertThat(mongo.findById(agreementId, Document.class, AgreementReplica.COLLECTION).get("version", Number.class)
                .longValue()).isEqualTo(2);
        // One notification per event for the follower: the duplicate added none.
        assertThat(mongo.find(Query.query(where("subscriptionId").is(follower)), Delivery.class, Delivery.COLLECTION))
                .extracting(delivery -> delivery.eventIds().get(0)).containsExactlyInAnyOrder(created, activated);

        List<ConsumerRecord<String, String>> dead = TopicRecords.await(bootstrap, agreementsTopic + ".notify-service.dlq",
                record -> poison.equals(TopicRecords.header(record, "ce_id")), found -> !found.isEmpty(), WAIT);
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).key()).isEqualTo(agreementId);
        assertThat(dead.get(0).value()).isEqualTo("not JSON");
        assertThat(TopicRecords.header(dead.get(0), "x-exception-message")).contains("unreadable data");
        assertThat(ByteBuffer.wrap(dead.get(0).headers().lastHeader("x-original-offset").value()).getLong())
                .isEqualTo(1002);
    }

    @Test
    void aBatchDeliveredAgainChangesNothing() {
        String agreementId = newId();
        String follower = follow(agreementId);
        String created = newId();
        List<ProducerRecord<String, String>> records = List.of(cloudEvent(agreementsTopic, created, CREATED, agreementId,
                Instant.now(), agreementCreated(agreementId, 1, "B-3", "Again", "Encore")));

        agreementEvents.accept(batch(records, 0));
        agreementEvents.accept(batch(records, 0)); // redelivered after, say, a crash before the commit

        assertThat(timeline(agreementId)).containsExactly(created);
        assertThat(mongo.count(Query.query(where("subscriptionId").is(follower)), Delivery.COLLECTION)).isEqualTo(1);
    }

    @Test
    void theReplicaKeepsTheNewestVersionWhateverOrderTheBatchesBringThemIn() {
        String early = newId();
        String late = newId();
        Instant time = Instant.now();

        agreementEvents.accept(batch(List.of(created(early, 3, "Three", time)), 0));
        // A late batch: the early agreement's older version, and a new agreement beside it.
        agreementEvents.accept(batch(List.of(created(early, 2, "Two", time), created(late, 1, "One", time)), 10));

        assertThat(replica(early)).containsExactly(3L, "Three");
        assertThat(replica(late)).containsExactly(1L, "One");

        agreementEvents.accept(batch(List.of(created(early, 4, "Four", time), created(late, 2, "Two", time)), 20));

        assertThat(replica(early)).containsExactly(4L, "Four");
        assertThat(replica(late)).containsExactly(2L, "Two");
    }

    private ProducerRecord<String, String> created(String agreementId, long version, String title, Instant time) {
        return cloudEvent(agreementsTopic, newId(), CREATED, agreementId, time,
                agreementCreated(agreementId, version, "R-" + agreementId, title, title));
    }

    /** The replica's version and English title. */
    private List<Object> replica(String agreementId) {
        AgreementReplica replica = mongo.findById(agreementId, AgreementReplica.class, AgreementReplica.COLLECTION);
        return List.of(replica.version(), replica.title().get("en"));
    }

    private String follow(String agreementId) {
        return Fixtures.create(api, Fixtures.inAppSubscription(newId(), Map.of("agreementIds", List.of(agreementId))))
                .get("id").asString();
    }

    private List<String> timeline(String agreementId) {
        return mongo.find(Query.query(where("agreementId").is(agreementId)).with(Sort.by("occurredAt")),
                Document.class, TimelineEntry.COLLECTION).stream().map(entry -> entry.getString("_id")).toList();
    }

    /** The records as one poll of partition 0, from this offset on. */
    private static Message<Object> batch(List<ProducerRecord<String, String>> records, long firstOffset) {
        List<byte[]> values = new ArrayList<>();
        List<Map<String, Object>> headers = new ArrayList<>();
        List<Object> keys = new ArrayList<>();
        List<Object> topics = new ArrayList<>();
        List<Object> partitions = new ArrayList<>();
        List<Object> offsets = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            ProducerRecord<String, String> record = records.get(i);
            values.add(record.value().getBytes(StandardCharsets.UTF_8));
            Map<String, Object> recordHeaders = new LinkedHashMap<>();
            for (Header header : record.headers()) {
                recordHeaders.put(header.key(), header.value());
            }
            headers.add(recordHeaders);
            keys.add(record.key().getBytes(StandardCharsets.UTF_8));
            topics.add(record.topic());
            partitions.add(0);
            offsets.add(firstOffset + i);
        }
        return MessageBuilder.<Object>withPayload(values)
                .setHeader(KafkaHeaders.BATCH_CONVERTED_HEADERS, headers)
                .setHeader(KafkaHeaders.RECEIVED_KEY, keys)
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, topics)
                .setHeader(KafkaHeaders.RECEIVED_PARTITION, partitions)
                .setHeader(KafkaHeaders.OFFSET, offsets)
                .build();
    }
}
