package org.entente.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.entente.localstack.test.IntegrationTest;
import org.entente.localstack.test.TestApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.JsonNode;

/** Tokens from the embedded issuer: who may plan, who may record progress, who may see a restricted plan. */
@IntegrationTest
class SecurityIT {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    TestApi admin;
    TestApi manager;
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        admin = new TestApi(port);
        manager = admin.as("marc", "MANAGER");
        fixtures = new Fixtures(manager, mongo);
    }

    @Test
    void withoutATokenItIs401AndEachRoleIsRefusedWhatItMayNotDo() {
        String agreementId = fixtures.agreement();
        String itemId = fixtures.create(agreementId, Fixtures.item("S-1"));

        ResponseEntity<JsonNode> anonymous = admin.anonymous().get("/api/actions/" + itemId);
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);

        TestApi staff = admin.as("claire", "STAFF");
        assertThat(staff.get("/api/actions/" + itemId).getStatusCode().value()).isEqualTo(200);
        ResponseEntity<JsonNode> staffPlans = staff.post("/api/agreements/" + agreementId + "/actions", Fixtures.item("S-2"));
        assertThat(staffPlans.getStatusCode().value()).isEqualTo(403);
        assertThat(staffPlans.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(staff.post("/api/actions/" + itemId + "/status", Map.of("status", "IN_PROGRESS"))
                .getStatusCode().value()).isEqualTo(403);

        TestApi stakeholder = admin.as("aigerim", "STAKEHOLDER");
        assertThat(stakeholder.get("/api/agreements/" + agreementId + "/plan").getStatusCode().value()).isEqualTo(403);
        assertThat(stakeholder.get("/api/indicators").getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void anItemsOwnerMayRecordItsProgressAndNobodyElseButManagers() {
        String agreementId = fixtures.agreement();
        Map<String, Object> item = Fixtures.item("O-1");
        item.put("owner", Map.of("name", "Paul Durand", "email", "paul.durand@example.org", "userId", "paul"));
        String itemId = fixtures.create(agreementId, item);

        ResponseEntity<JsonNode> byOwner = admin.as("paul", "STAFF").post("/api/actions/" + itemId + "/progress",
                Map.of("note", "Programme drafted", "percentComplete", 10));
        assertThat(byOwner.getStatusCode().value()).isEqualTo(201);
        assertThat(byOwner.getBody().get("author").asString()).isEqualTo("paul");

        ResponseEntity<JsonNode> byColleague = admin.as("claire", "STAFF").post("/api/actions/" + itemId + "/progress",
                Map.of("note", "Not mine", "percentComplete", 90));
        assertThat(byColleague.getStatusCode().value()).isEqualTo(403);
        assertThat(byColleague.getBody().get("detail").asString()).contains("owner");
        assertThat(manager.post("/api/actions/" + itemId + "/progress", Map.of("percentComplete", 20))
                .getStatusCode().value()).isEqualTo(201);

        JsonNode stored = admin.get("/api/actions/" + itemId).getBody();
        assertThat(stored.get("percentComplete").asInt()).isEqualTo(20);
        assertThat(stored.get("createdBy").asString()).isEqualTo("marc");
        assertThat(stored.get("updatedBy").asString()).isEqualTo("marc");
    }

    @Test
    void aRestrictedAgreementsPlanExistsOnlyForThoseOnItsAccessList() {
        String theme = "restricted-" + UUID.randomUUID().toString().substring(0, 8);
        String agreementId = fixtures.restrictedAgreement(List.of("marc"), List.of(), theme);
        String itemId = fixtures.create(agreementId, Fixtures.item("R-1"));
        manager.post("/api/actions/" + itemId + "/progress", Map.of("percentComplete", 50,
                "indicatorValues", List.of(Map.of("name", "senior officials trained", "value", 12))));

        TestApi outsider = admin.as("sophie", "MANAGER");
        assertThat(outsider.get("/api/actions/" + itemId).getStatusCode().value()).isEqualTo(404);
        assertThat(outsider.get("/api/agreements/" + agreementId + "/plan").getStatusCode().value()).isEqualTo(404);
        assertThat(outsider.get("/api/agreements/" + agreementId + "/actions").getStatusCode().value()).isEqualTo(404);
        assertThat(outsider.get("/api/actions?size=100").getBody().get("items").valueStream()
                .map(found -> found.get("id").asString())).doesNotContain(itemId);
        assertThat(outsider.get("/api/indicators?theme=" + theme).getBody().get("byAgreement").size()).isZero();
        assertThat(outsider.post("/api/actions/" + itemId + "/progress", Map.of("percentComplete", 60))
                .getStatusCode().value()).isEqualTo(404);

        assertThat(manager.get("/api/agreements/" + agreementId + "/plan").getStatusCode().value()).isEqualTo(200);
        assertThat(manager.get("/api/indicators?theme=" + theme).getBody().get("byAgreement").size()).isEqualTo(1);
        assertThat(admin.get("/api/actions/" + itemId).getStatusCode().value()).isEqualTo(200);
    }
}
