package org.entente.notify.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.localstack.test.TestEvents.agreementCreated;
import static org.entente.localstack.test.TestEvents.cloudEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.entente.localstack.test.IntegrationTest;
import org.entente.localstack.test.TestEvents;
import org.entente.localstack.test.TestInfrastructure;
import org.entente.localstack.test.TopicRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class TimelineIT {

    static final String CREATED = "entente.agreement.created.v1";

    @LocalServerPort
    int port;

    @Value("${entente.topics.agreements}")
    String topic;

    RestClient http;
    String bootstrap;
    String agreementId;

    @BeforeEach
    void setUp() {
        http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
        bootstrap = TestInfrastructure.get().kafkaBootstrapServers();
        agreementId = UUID.randomUUID().toString();
    }

    @Test
    void theSameEventDeliveredTwiceLeavesOneEntry() {
        String eventId = UUID.randomUUID().toString();
        Instant time = Instant.parse("2025-11-14T10:00:00Z");
        var created = cloudEvent(topic, eventId, CREATED, agreementId, time,
                agreementCreated(agreementId, 1, "INSP-KZ-2025-01", "Memorandum", "Mémorandum"));

        TestEvents.send(bootstrap, created);
        TestEvents.send(bootstrap, created);
        // A later, distinct event on the same partition: once it is in, the duplicate before it was handled.
        String laterId = UUID.randomUUID().toString();
        TestEvents.send(bootstrap, cloudEvent(topic, laterId, CREATED, agreementId, time.plusSeconds(60),
                agreementCreated(agreementId, 2, "INSP-KZ-2025-01", "Memorandum", "Mémorandum")));

        await().atMost(Duration.ofSeconds(30)).until(() -> entries(timeline("")).size() >= 2);
        assertThat(entries(timeline(""))).extracting(entry -> entry.get("id").asString())
                .containsExactly(eventId, laterId);
    }

    @Test
    void entriesArrivingOutOfOrderAreListedInTheOrderThingsHappened() {
        String signed = UUID.randomUUID().toString();
        String registered = UUID.randomUUID().toString();
        TestEvents.send(bootstrap, cloudEvent(topic, signed, CREATED, agreementId, Instant.parse("2025-11-14T12:00:00Z"),
                agreementCreated(agreementId, 2, "C-2", "Later", "Plus tard")));
        TestEvents.send(bootstrap, cloudEvent(topic, registered, CREATED, agreementId, Instant.parse("2025-11-01T09:00:00Z"),
                agreementCreated(agreementId, 1, "C-1", "Earlier", "Plus tôt")));

        await().atMost(Duration.ofSeconds(30)).until(() -> entries(timeline("")).size() == 2);
        assertThat(entries(timeline(""))).extracting(entry -> entry.get("id").asString())
                .containsExactly(registered, signed);
    }

    @Test
    void summariesAreInTheReadersLanguage() {
        TestEvents.send(bootstrap, cloudEvent(topic, UUID.randomUUID().toString(), CREATED, agreementId, Instant.now(),
                agreementCreated(agreementId, 1, "INSP-KZ-2025-01", "Memorandum on civil service", "Mémorandum sur la fonction publique")));

        await().atMost(Duration.ofSeconds(30)).until(() -> entries(timeline("")).size() == 1);
        assertThat(entries(timeline("?lang=fr")).get(0).get("summary").asString())
                .isEqualTo("Accord INSP-KZ-2025-01 enregistré : Mémorandum sur la fonction publique");
        assertThat(entries(timeline("?lang=en")).get(0).get("summary").asString())
                .isEqualTo("Agreement INSP-KZ-2025-01 registered: Memorandum on civil service");
        assertThat(entries(timeline("")).get(0).get("link").asString()).endsWith("/api/agreements/" + agreementId);
    }

    @Test
    void aTimelinePagesWithAnOpaqueCursor() {
        Instant start = Instant.parse("2025-11-14T10:00:00Z");
        for (int i = 0; i < 3; i++) {
            TestEvents.send(bootstrap, cloudEvent(topic, "page-" + i + "-" + agreementId, CREATED, agreementId,
                    start.plusSeconds(i), agreementCreated(agreementId, i + 1, "P", "T", "T")));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> entries(timeline("")).size() == 3);

        JsonNode first = timeline("?limit=2");
        JsonNode second = timeline("?limit=2&after=" + first.get("next").asString());

        assertThat(entries(first)).hasSize(2);
        assertThat(entries(second)).extracting(entry -> entry.get("id").asString()).containsExactly("page-2-" + agreementId);
        assertThat(second.get("next").isNull()).isTrue();
    }

    @Test
    void aLimitAboveTheMaximumIsA400() {
        var answer = http.get().uri("/api/agreements/{id}/timeline?limit=1000", agreementId).retrieve().toEntity(JsonNode.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().get("detail").asString()).contains("limit");
    }

    @Test
    void aLimitThatIsNotANumberIsA400NamingIt() {
        var answer = http.get().uri("/api/agreements/{id}/timeline?limit=abc", agreementId).retrieve().toEntity(JsonNode.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().get("errors").findValuesAsString("field")).containsExactly("limit");
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheRecordsAfterItAreProcessed() {
        String poisonId = UUID.randomUUID().toString();
        TestEvents.send(bootstrap, cloudEvent(topic, poisonId, CREATED, agreementId, Instant.now(), "this is not JSON"));
        String goodId = UUID.randomUUID().toString();
        TestEvents.send(bootstrap, cloudEvent(topic, goodId, CREATED, agreementId, Instant.now(),
                agreementCreated(agreementId, 1, "AFTER-POISON", "T", "T")));

        await().atMost(Duration.ofSeconds(30)).until(() -> entries(timeline("")).size() == 1);
        assertThat(entries(timeline("")).get(0).get("id").asString()).isEqualTo(goodId);
        List<ConsumerRecord<String, String>> dead = TopicRecords.await(bootstrap, topic + ".notify-service.dlq",
                record -> poisonId.equals(TopicRecords.header(record, "ce_id")), found -> !found.isEmpty(),
                Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(TopicRecords.header(dead.get(0), "x-exception-message")).contains("unreadable data");
    }

    private JsonNode timeline(String query) {
        return http.get().uri("/api/agreements/" + agreementId + "/timeline" + query).retrieve().body(JsonNode.class);
    }

    private static List<JsonNode> entries(JsonNode page) {
        return page.get("entries").valueStream().toList();
    }
}
