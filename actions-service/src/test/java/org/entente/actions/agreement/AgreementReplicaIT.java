package org.entente.actions.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.localstack.test.TestEvents.agreementCreated;
import static org.entente.localstack.test.TestEvents.cloudEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.entente.localstack.test.IntegrationTest;
import org.entente.platform.replica.AgreementReplica;
import org.entente.localstack.test.TestEvents;
import org.entente.localstack.test.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;

@IntegrationTest
class AgreementReplicaIT {

    static final String CREATED = "entente.agreement.created.v1";

    @Value("${entente.topics.agreements}")
    String topic;

    @Autowired
    MongoTemplate mongo;

    @Test
    void anAgreementEventIsKeptInTheReplica() {
        String agreementId = UUID.randomUUID().toString();

        TestEvents.send(bootstrap(), cloudEvent(topic, UUID.randomUUID().toString(), CREATED, agreementId, Instant.now(),
                agreementCreated(agreementId, 1, "INSP-KZ-TEST-01", "Memorandum", "Mémorandum")));

        AgreementReplica replica = await().atMost(Duration.ofSeconds(30))
                .until(() -> replica(agreementId), found -> found != null);
        assertThat(replica.code()).isEqualTo("INSP-KZ-TEST-01");
        assertThat(replica.status()).isEqualTo("DRAFT");
        assertThat(replica.countries()).containsExactly("FR", "KZ");
        assertThat(replica.title()).containsEntry("fr", "Mémorandum");
    }

    @Test
    void anOlderVersionArrivingLateDoesNotOverwriteANewerOne() {
        String agreementId = UUID.randomUUID().toString();
        TestEvents.send(bootstrap(), cloudEvent(topic, UUID.randomUUID().toString(), CREATED, agreementId, Instant.now(),
                agreementCreated(agreementId, 2, "NEWER", "Newer", "Plus récent")));
        await().atMost(Duration.ofSeconds(30)).until(() -> replica(agreementId), found -> found != null);

        TestEvents.send(bootstrap(), cloudEvent(topic, UUID.randomUUID().toString(), CREATED, agreementId, Instant.now(),
                agreementCreated(agreementId, 1, "OLDER", "Older", "Plus ancien")));
        // A marker with the same record key lands on the same partition after the older event:
        // once the marker is in the replica, the older event has been handled.
        String markerId = UUID.randomUUID().toString();
        TestEvents.send(bootstrap(), cloudEvent(topic, UUID.randomUUID().toString(), CREATED, agreementId, Instant.now(),
                agreementCreated(markerId, 1, "MARKER", "Marker", "Marqueur")));

        await().atMost(Duration.ofSeconds(30)).until(() -> replica(markerId), found -> found != null);
        assertThat(replica(agreementId).version()).isEqualTo(2);
        assertThat(replica(agreementId).code()).isEqualTo("NEWER");
    }

    private AgreementReplica replica(String agreementId) {
        return mongo.findById(agreementId, AgreementReplica.class, AgreementReplica.COLLECTION);
    }

    private static String bootstrap() {
        return TestInfrastructure.get().kafkaBootstrapServers();
    }
}
