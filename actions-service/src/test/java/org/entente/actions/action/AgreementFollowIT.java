package org.entente.actions.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.actions.Fixtures.actionEvents;
import static org.entente.actions.Fixtures.item;
import static org.entente.actions.Fixtures.types;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.entente.actions.Fixtures;
import org.entente.localstack.test.IntegrationTest;
import org.entente.localstack.test.TestApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The plan follows its agreement's events: cancelled with it, flagged while it is suspended. */
@IntegrationTest
class AgreementFollowIT {

    static final String STATUS_CHANGED = "entente.agreement.status-changed.v1";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    TestApi api;
    Fixtures fixtures;
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void setUp() {
        api = new TestApi(port);
        fixtures = new Fixtures(api, mongo);
    }

    @Test
    void terminatingTheAgreementCancelsItsOpenItemsEachWithItsEventAndAReplayChangesNothing() {
        String agreementId = fixtures.agreement();
        String planned = fixtures.create(agreementId, item("T-1"));
        String started = fixtures.create(agreementId, item("T-2"));
        api.post("/api/actions/" + started + "/status", Map.of("status", "IN_PROGRESS"));
        String done = fixtures.create(agreementId, item("T-3"));
        api.post("/api/actions/" + done + "/status", Map.of("status", "IN_PROGRESS"));
        api.post("/api/actions/" + done + "/progress", Map.of("percentComplete", 100));
        api.post("/api/actions/" + done + "/status", Map.of("status", "DONE"));

        fixtures.moveAgreement(agreementId, "TERMINATED", "Replaced by a new treaty");

        await().atMost(Duration.ofSeconds(30)).until(() -> status(planned).equals("CANCELLED")
                && status(started).equals("CANCELLED"));
        assertThat(status(done)).isEqualTo("DONE");
        assertThat(read(started).get("cancellationReason").asString()).isEqualTo("Agreement TERMINATED: Replaced by a new treaty");
        String versionBefore = api.get("/api/actions/{id}", started).getHeaders().getETag();

        fixtures.replay(agreementId, STATUS_CHANGED, "TERMINATED", "Replaced by a new treaty");
        fixtures.awaitHandled(agreementId);

        List<ConsumerRecord<String, String>> events = actionEvents(agreementId, 9);
        assertThat(events).hasSize(9);
        assertThat(types(events).subList(7, 9)).containsExactly("entente.action.cancelled.v1", "entente.action.cancelled.v1");
        JsonNode cancelled = json.readTree(events.get(events.size() - 1).value());
        assertThat(cancelled.get("automatic").asBoolean()).isTrue();
        assertThat(api.get("/api/actions/{id}", started).getHeaders().getETag()).isEqualTo(versionBefore);
        assertThat(api.post("/api/agreements/" + agreementId + "/actions", item("T-4")).getStatusCode().value())
                .isEqualTo(409);
    }

    @Test
    void suspendingTheAgreementFlagsItsItemsWithoutCancellingThemAndResumingClearsTheFlag() {
        String agreementId = fixtures.agreement();
        String id = fixtures.create(agreementId, item("S-1"));

        fixtures.moveAgreement(agreementId, "SUSPENDED", "Elections");
        await().atMost(Duration.ofSeconds(30)).until(() -> read(id).get("agreementSuspended").asBoolean());
        assertThat(status(id)).isEqualTo("PLANNED");
        String addedWhileSuspended = fixtures.create(agreementId, item("S-2"));
        assertThat(read(addedWhileSuspended).get("agreementSuspended").asBoolean()).isTrue();

        fixtures.moveAgreement(agreementId, "ACTIVE", null);
        await().atMost(Duration.ofSeconds(30)).until(() -> !read(id).get("agreementSuspended").asBoolean());
        assertThat(types(actionEvents(agreementId, 2))).containsExactly("entente.action.created.v1",
                "entente.action.created.v1");
    }

    @Test
    void agreementsMovedTogetherMoveEachItsOwnPlan() {
        String terminated = fixtures.agreement();
        String suspended = fixtures.agreement();
        String cancelled = fixtures.create(terminated, item("B-1"));
        String flagged = fixtures.create(suspended, item("B-1"));

        // Back to back, so that one polled batch most often carries both.
        fixtures.moveAgreement(terminated, "TERMINATED", "Replaced by a new treaty");
        fixtures.moveAgreement(suspended, "SUSPENDED", "Elections");

        await().atMost(Duration.ofSeconds(30)).until(() -> status(cancelled).equals("CANCELLED")
                && read(flagged).get("agreementSuspended").asBoolean());
        assertThat(read(cancelled).get("cancellationReason").asString())
                .isEqualTo("Agreement TERMINATED: Replaced by a new treaty");
        assertThat(read(cancelled).get("agreementSuspended").asBoolean()).isFalse();
        assertThat(status(flagged)).isEqualTo("PLANNED");
    }

    private JsonNode read(String id) {
        return api.get("/api/actions/{id}", id).getBody();
    }

    private String status(String id) {
        return read(id).get("status").asString();
    }
}
