package org.entente.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.entente.localstack.test.IntegrationTest;
import org.entente.localstack.test.TestApi;
import org.entente.localstack.test.TestInfrastructure;
import org.entente.localstack.test.TopicRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import tools.jackson.databind.JsonNode;

/** Tokens from the embedded issuer: who may call what, and who may know of a restricted agreement. */
@IntegrationTest
class SecurityIT {

    @LocalServerPort
    int port;

    @Value("${entente.topics.agreements}")
    String topic;

    @Autowired
    ObservationRegistry observations;

    TestApi admin;
    TestApi claire;
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        admin = new TestApi(port);
        claire = admin.as("claire", "STAFF");
        fixtures = new Fixtures(claire);
    }

    @Test
    void springSecurityIsNotObservedWhileRequestsStillAre() {
        assertThat(Observation.start("spring.security.filterchains", observations).isNoop())
                .as("the filter chain's observation").isTrue();
        assertThat(Observation.start("http.server.requests", observations).isNoop())
                .as("the requests' observation").isFalse();
    }

    @Test
    void withoutAValidTokenTheApiAnswers401AsAProblemWhileHealthAndDocsStayOpen() {
        ResponseEntity<JsonNode> anonymous = admin.anonymous().get("/api/agreements");
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).startsWith("Bearer");

        ResponseEntity<JsonNode> forged = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build()
                .get().uri("/api/agreements").header("Authorization", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")
                .retrieve().toEntity(JsonNode.class);
        assertThat(forged.getStatusCode().value()).isEqualTo(401);
        assertThat(forged.getBody().get("detail").asString()).contains("refused");

        assertThat(admin.anonymous().get("/actuator/health/liveness").getStatusCode().value()).isEqualTo(200);
        assertThat(admin.anonymous().get("/v3/api-docs").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void eachRoleIsRefusedWhatItMayNotDo() {
        String organization = fixtures.organization("Institut national du service public", "FR");
        TestApi manager = admin.as("marc", "MANAGER");
        TestApi stakeholder = admin.as("aigerim", "STAKEHOLDER");

        ResponseEntity<JsonNode> managerWrites = manager.post("/api/organizations",
                Map.of("name", "Not allowed " + fixtures.unique(), "country", "FR", "type", "UNIVERSITY"));
        assertThat(managerWrites.getStatusCode().value()).isEqualTo(403);
        assertThat(managerWrites.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(managerWrites.getBody().get("detail").asString()).contains("MANAGER").contains("POST /api/organizations");
        assertThat(manager.post("/api/agreements", fixtures.memorandum()).getStatusCode().value()).isEqualTo(403);
        assertThat(manager.get("/api/organizations/" + organization).getStatusCode().value()).isEqualTo(200);

        assertThat(stakeholder.get("/api/agreements").getStatusCode().value()).isEqualTo(403);
        assertThat(stakeholder.get("/api/organizations/" + organization).getStatusCode().value()).isEqualTo(403);
        assertThat(stakeholder.post("/api/delegations", Map.of()).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void whoActedComesFromTheTokenInTheRecordAndInTheEvent() {
        String agreementId = fixtures.agreement();

        JsonNode agreement = claire.get("/api/agreements/" + agreementId).getBody();
        assertThat(agreement.get("createdBy").asString()).isEqualTo("claire");
        JsonNode edited = admin.send(HttpMethod.PATCH, "/api/agreements/" + agreementId, Map.of("summary", "Edited"),
                headers -> headers.setIfMatch("\"1\"")).getBody();
        assertThat(edited.get("createdBy").asString()).isEqualTo("claire");
        assertThat(edited.get("updatedBy").asString()).isEqualTo(TestApi.ADMIN_SUBJECT);

        List<ConsumerRecord<String, String>> records = TopicRecords.await(TestInfrastructure.get().kafkaBootstrapServers(),
                topic, record -> agreementId.equals(record.key()), found -> found.size() >= 2, Duration.ofSeconds(30));
        assertThat(records).extracting(record -> TopicRecords.header(record, "ce_actor"))
                .containsExactly("claire", TestApi.ADMIN_SUBJECT);
    }

    @Test
    void aRestrictedAgreementDoesNotExistForThoseOffItsAccessList() {
        Map<String, Object> memorandum = fixtures.memorandum();
        memorandum.put("confidentiality", "RESTRICTED");
        ResponseEntity<JsonNode> created = claire.post("/api/agreements", memorandum);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        String agreementId = created.getBody().get("id").asString();
        String code = (String) memorandum.get("code");
        // Whoever makes it restricted is on the list from the start.
        assertThat(created.getBody().get("access").get("users").valueStream().map(JsonNode::asString))
                .containsExactly("claire");
        ResponseEntity<JsonNode> visit = claire.post("/api/agreements/" + agreementId + "/delegations", Map.of(
                "direction", "INCOMING", "hostOrganizationId", partyOf(created, 0), "visitingOrganizationId", partyOf(created, 1),
                "leader", Map.of("name", "Darkhan Zhazykbay", "title", "Chairman"), "startDate", "2026-03-02", "endDate", "2026-03-04",
                "city", "Paris", "country", "FR", "purpose", "Study visit"));
        assertThat(visit.getStatusCode().value()).as(String.valueOf(visit.getBody())).isEqualTo(201);

        TestApi colleague = admin.as("paul", "STAFF");
        assertThat(colleague.get("/api/agreements/" + agreementId).getStatusCode().value()).isEqualTo(404);
        assertThat(colleague.get("/api/agreements?q=" + code).getBody().get("items").size()).isZero();
        // The whole register, no filter, newest first: the ordinary agreement registered after it, not it.
        String ordinary = fixtures.agreement();
        ResponseEntity<JsonNode> register = colleague.get("/api/agreements?sort=createdAt,desc&size=100");
        assertThat(register.getStatusCode().value()).as(String.valueOf(register.getBody())).isEqualTo(200);
        assertThat(ids(register)).contains(ordinary).doesNotContain(agreementId);
        assertThat(colleague.get("/api/agreements/" + agreementId + "/delegations").getStatusCode().value()).isEqualTo(404);
        assertThat(colleague.get("/api/delegations/" + visit.getBody().get("id").asString()).getStatusCode().value())
                .isEqualTo(404);
        assertThat(ids(colleague.get("/api/delegations?size=100"))).doesNotContain(visit.getBody().get("id").asString());
        assertThat(colleague.send(HttpMethod.PATCH, "/api/agreements/" + agreementId, Map.of("summary", "x"),
                headers -> headers.setIfMatch("\"1\"")).getStatusCode().value()).isEqualTo(404);
        assertThat(claire.get("/api/agreements?q=" + code).getBody().get("items").size()).isEqualTo(1);
        assertThat(admin.get("/api/agreements/" + agreementId).getStatusCode().value()).isEqualTo(200);

        // Adding a role lets every holder of it see the agreement; the change is itself an event.
        ResponseEntity<JsonNode> opened = claire.send(HttpMethod.PUT, "/api/agreements/" + agreementId + "/access",
                Map.of("users", List.of("claire"), "roles", List.of("STAFF")), headers -> { });
        assertThat(opened.getStatusCode().value()).isEqualTo(200);
        assertThat(colleague.get("/api/agreements/" + agreementId).getStatusCode().value()).isEqualTo(200);
        List<ConsumerRecord<String, String>> records = TopicRecords.await(TestInfrastructure.get().kafkaBootstrapServers(),
                topic, record -> agreementId.equals(record.key())
                        && "entente.agreement.access-changed.v1".equals(TopicRecords.header(record, "ce_type")),
                found -> !found.isEmpty(), Duration.ofSeconds(30));
        assertThat(records.get(0).value()).contains("\"roles\":[\"STAFF\"]").contains("\"previous\":{\"users\":[\"claire\"]");

        ResponseEntity<JsonNode> badRole = claire.send(HttpMethod.PUT, "/api/agreements/" + agreementId + "/access",
                Map.of("users", List.of(), "roles", List.of("EVERYONE")), headers -> { });
        assertThat(badRole.getStatusCode().value()).isEqualTo(400);
        assertThat(badRole.getBody().toString()).contains("roles[0]");
    }

    private static String partyOf(ResponseEntity<JsonNode> agreement, int index) {
        return agreement.getBody().get("parties").get(index).get("organizationId").asString();
    }

    private static List<String> ids(ResponseEntity<JsonNode> page) {
        return page.getBody().get("items").valueStream().map(item -> item.get("id").asString()).toList();
    }
}
