package org.entente.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.entente.localstack.test.TestEvents;
import org.entente.localstack.test.TopicRecords;
import org.junit.jupiter.api.Test;

/**
 * Records no consumer can process (not JSON, an unknown type, missing fields) land in each
 * consumer's dead-letter topic with the error, and the records after them are processed.
 */
class PoisonRecordsSystemIT extends SystemTest {

    static final String TOPIC = "entente.agreements";

    @Test
    void poisonOnTheAgreementsTopicGoesToEachConsumersDeadLetterTopicAndTheStreamMovesOn() {
        String bootstrap = system.settings().kafkaBootstrapServers();
        String subject = UUID.randomUUID().toString();
        List<ProducerRecord<String, String>> poisons = List.of(
                TestEvents.cloudEvent(TOPIC, "poison-json-" + subject, "entente.agreement.created.v1", subject,
                        Instant.now(), "not JSON at all"),
                TestEvents.cloudEvent(TOPIC, "poison-type-" + subject, "entente.agreement.teleported.v1", subject,
                        Instant.now(), "{}"),
                TestEvents.cloudEvent(TOPIC, "poison-fields-" + subject, "entente.agreement.created.v1", subject,
                        Instant.now(), "{\"agreement\": {\"agreementId\": \"" + subject + "\"}}"));

        poisons.forEach(poison -> TestEvents.send(bootstrap, poison));
        String after = agreement("AFTER-POISON-" + UUID.randomUUID());

        await().atMost(Duration.ofSeconds(60)).until(() -> timeline(after).size() == 1);
        for (String consumer : List.of("actions-service", "notify-service")) {
            List<ConsumerRecord<String, String>> dead = TopicRecords.await(bootstrap, TOPIC + "." + consumer + ".dlq",
                    record -> subject.equals(record.key()), found -> found.size() >= 3, Duration.ofSeconds(60));
            assertThat(dead).as(consumer).hasSize(3);
            assertThat(dead).extracting(record -> TopicRecords.header(record, "ce_id"))
                    .containsExactlyInAnyOrder("poison-json-" + subject, "poison-type-" + subject, "poison-fields-" + subject);
            assertThat(dead).allSatisfy(record ->
                    assertThat(TopicRecords.header(record, "x-exception-message")).isNotBlank());
        }
    }
}
