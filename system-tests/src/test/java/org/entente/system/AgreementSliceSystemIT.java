package org.entente.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import tools.jackson.databind.JsonNode;

/** The thin slice: one agreement from HTTP to the actions replica and the timeline. */
class AgreementSliceSystemIT extends SystemTest {

    @Test
    void anAgreementPostedOverHttpReachesTheActionsReplicaAndTheTimeline() {
        String code = "INSP-KZ-" + UUID.randomUUID();

        String id = agreement(code);

        List<JsonNode> entries = await().atMost(Duration.ofSeconds(30)).until(() -> timeline(id), found -> found.size() == 1);
        assertThat(entries.get(0).get("type").asString()).isEqualTo("entente.agreement.created.v1");
        assertThat(entries.get(0).get("summary").asString()).contains(code);
        try (MongoClient mongo = MongoClients.create(system.settings().mongoUri("actions"))) {
            Document replica = await().atMost(Duration.ofSeconds(30)).until(() -> mongo.getDatabase("actions")
                    .getCollection("agreements").find(new Document("_id", id)).first(), found -> found != null);
            assertThat(replica.getString("code")).isEqualTo(code);
            assertThat(replica.getList("countries", String.class)).containsExactly("FR", "KZ");
        }
    }
}
