package org.entente.actions.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.entente.actions.Fixtures;
import org.entente.localstack.test.IntegrationTest;
import org.entente.localstack.test.TestApi;
import org.entente.localstack.test.TestEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/** The demo plans load at start once agreements-service's demo agreements have reached the replica. */
@IntegrationTest
@TestPropertySource(properties = "entente.demo.enabled=true")
class DemoDataIT {

    static final String KAZAKHSTAN = UUID.randomUUID().toString();
    static final String VIETNAM = UUID.randomUUID().toString();

    @LocalServerPort
    int port;

    @Autowired
    DemoData demo;

    @Autowired
    MongoTemplate mongo;

    /** The agreements as agreements-service's demo load publishes them, before this service starts. */
    @BeforeAll
    static void agreementsServicePublishedTheDemoAgreements() {
        publish(KAZAKHSTAN, "INSP-KZ-2025-01", "ACTIVE", List.of("FR", "KZ"));
        publish(VIETNAM, "EF-VN-2019-01", "DRAFT", List.of("FR", "VN"));
    }

    @Test
    void theKazakhstanPlanAndTheVietnamProgrammeAreLoadedAndLoadingAgainChangesNothing() {
        TestApi api = new TestApi(port);
        JsonNode kazakhstan = await().atMost(Duration.ofSeconds(90)).until(
                () -> api.get("/api/agreements/{id}/plan", KAZAKHSTAN).getBody(), plan -> plan.get("items").asLong() == 5);
        JsonNode vietnam = await().atMost(Duration.ofSeconds(90)).until(
                () -> api.get("/api/agreements/{id}/plan", VIETNAM).getBody(),
                plan -> plan.get("countsByStatus").get("DONE").asLong() == 2);
        long items = mongo.count(new Query(), "actions");

        DemoData.Loaded again = demo.load(Map.of("INSP-KZ-2025-01", KAZAKHSTAN, "EF-VN-2019-01", VIETNAM));

        assertThat(again.items()).isZero();
        assertThat(mongo.count(new Query(), "actions")).isEqualTo(items);
        assertThat(kazakhstan.get("countsByStatus").get("IN_PROGRESS").asLong()).isEqualTo(1);
        assertThat(kazakhstan.get("nextDeadlines").findValuesAsString("reference")).containsExactly("KZ-2", "KZ-3");
        assertThat(vietnam.get("weightedCompletion").asDouble()).isEqualTo(100.0);
        assertThat(vietnam.get("indicators").findValuesAsString("name")).containsExactly("managers trained", "participants");
        assertThat(vietnam.get("indicators").get(0).get("actual").asDouble()).isEqualTo(40.0);
        assertThat(vietnam.get("indicators").get(1).get("actual").asDouble()).isEqualTo(300.0);
        JsonNode kazakhStudents = api.get("/api/actions?agreementId=" + KAZAKHSTAN + "&category=PROGRAMME_ADMISSION")
                .getBody().get("items").get(0);
        assertThat(kazakhStudents.get("title").asString()).contains("CIL, CIP and PIC");
    }

    private static void publish(String id, String code, String status, List<String> countries) {
        String data = "{\"agreement\": " + Fixtures.snapshot(id, 1, status, countries, List.of("civil-service-training"))
                .replace("\"code\": \"TEST-" + id.substring(0, 8) + "\"", "\"code\": \"" + code + "\"") + "}";
        TestEvents.send(Fixtures.bootstrap(), TestEvents.cloudEvent(Fixtures.AGREEMENTS_TOPIC,
                UUID.randomUUID().toString(), "entente.agreement.created.v1", id, Instant.now(), data));
    }
}
