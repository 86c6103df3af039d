package org.entente.agreements.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.entente.events.CloudEventHeaders;
import org.entente.agreements.Fixtures;
import org.entente.localstack.test.IntegrationTest;
import org.entente.localstack.test.TestApi;
import org.entente.localstack.test.TestInfrastructure;
import org.entente.localstack.test.TopicRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class OutboxDuringBrokerOutageIT {

    @LocalServerPort
    int port;

    @Value("${entente.topics.agreements}")
    String topic;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aWriteSucceedsWhileTheBrokerIsDownAndItsEventIsPublishedOnceWhenItReturns() {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        TestApi api = new TestApi(port);
        Map<String, Object> memorandum = new Fixtures(api).memorandum();
        String id;

        infrastructure.pauseKafka();
        try {
            ResponseEntity<JsonNode> created = api.post("/api/agreements", memorandum);
            assertThat(created.getStatusCode().value()).isEqualTo(201);
            id = created.getBody().get("id").asString();

            // The event waits in the document while the broker is away.
            Document stored = mongo.findById(id, Document.class, "agreements");
            assertThat(stored.getList("pendingEvents", Document.class)).hasSize(1);
        } finally {
            infrastructure.resumeKafka();
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(mongo.findById(id, Document.class, "agreements").getList("pendingEvents", Document.class))
                        .isEmpty());
        List<ConsumerRecord<String, String>> records = TopicRecords.await(infrastructure.kafkaBootstrapServers(), topic,
                record -> id.equals(record.key()), found -> !found.isEmpty(), Duration.ofSeconds(30));
        assertThat(records).hasSize(1);
        assertThat(TopicRecords.header(records.get(0), CloudEventHeaders.TYPE)).isEqualTo("entente.agreement.created.v1");
    }
}
