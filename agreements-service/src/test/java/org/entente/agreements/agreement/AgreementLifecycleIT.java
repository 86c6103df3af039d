package org.entente.agreements.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.entente.agreements.Fixtures;
import org.entente.localstack.test.IntegrationTest;
import org.entente.localstack.test.TestApi;
import org.entente.localstack.test.TestInfrastructure;
import org.entente.localstack.test.TopicRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
// The lifecycle on its own: signing after the approval chain is AgreementReviewIT's.
@TestPropertySource(properties = "entente.review.chains.MOU=")
class AgreementLifecycleIT {

    @LocalServerPort
    int port;

    @Value("${entente.topics.agreements}")
    String topic;

    TestApi api;
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new TestApi(port);
        fixtures = new Fixtures(api);
    }

    @Test
    void anAgreementGoesThroughEveryAllowedMoveOfItsLife() {
        String id = fixtures.agreement();

        assertThat(move(id, Map.of("status", "NEGOTIATION")).getStatusCode().value()).isEqualTo(200);
        ResponseEntity<JsonNode> signed = move(id, Map.of("status", "SIGNED", "on", "2025-11-14", "place", "Paris"));
        assertThat(signed.getStatusCode().value()).isEqualTo(200);
        assertThat(signed.getBody().get("signedOn").asString()).isEqualTo("2025-11-14");
        assertThat(signed.getBody().get("signedAt").asString()).isEqualTo("Paris");
        JsonNode enterIntoForce = signed.getBody().get("allowedMoves").get(0);
        assertThat(signed.getBody().get("allowedMoves")).hasSize(1);
        assertThat(enterIntoForce.get("move").asString()).isEqualTo("ENTER_INTO_FORCE");
        assertThat(enterIntoForce.get("to").asString()).isEqualTo("ACTIVE");
        assertThat(enterIntoForce.get("inputs")).hasSize(1);
        assertThat(enterIntoForce.get("inputs").get(0).asString()).isEqualTo("on");
        assertThat(move(id, Map.of("status", "ACTIVE")).getStatusCode().value()).isEqualTo(200);
        assertThat(move(id, Map.of("status", "SUSPENDED", "reason", "Elections")).getStatusCode().value()).isEqualTo(200);
        assertThat(move(id, Map.of("status", "ACTIVE")).getStatusCode().value()).isEqualTo(200);
        assertThat(move(id, Map.of("status", "SUSPENDED", "reason", "Review")).getStatusCode().value()).isEqualTo(200);
        ResponseEntity<JsonNode> terminated = move(id, Map.of("status", "TERMINATED", "reason", "Replaced by a new treaty"));

        assertThat(terminated.getStatusCode().value()).isEqualTo(200);
        assertThat(terminated.getBody().get("allowedMoves")).as("TERMINATED is final").isEmpty();
        assertThat(terminated.getBody().get("statusHistory").findValuesAsString("to")).containsExactly(
                "NEGOTIATION", "SIGNED", "ACTIVE", "SUSPENDED", "ACTIVE", "SUSPENDED", "TERMINATED");
        assertThat(terminated.getBody().get("effectiveFrom").asString()).isNotBlank();
        List<ConsumerRecord<String, String>> events = events(id, 8);
        assertThat(events).extracting(record -> TopicRecords.header(record, "ce_type")).containsExactly(
                "entente.agreement.created.v1", "entente.agreement.status-changed.v1",
                "entente.agreement.status-changed.v1", "entente.agreement.status-changed.v1",
                "entente.agreement.status-changed.v1", "entente.agreement.status-changed.v1",
                "entente.agreement.status-changed.v1", "entente.agreement.status-changed.v1");
        JsonNode last = JsonMapper.builder().build().readTree(events.get(7).value());
        assertThat(last.get("from").asString()).isEqualTo("SUSPENDED");
        assertThat(last.get("to").asString()).isEqualTo("TERMINATED");
        assertThat(last.get("reason").asString()).isEqualTo("Replaced by a new treaty");
    }

    @Test
    void aDraftOrAnAgreementInNegotiationCanBeAbandonedWithAReason() {
        String draft = fixtures.agreement();
        String negotiating = fixtures.agreement();
        move(negotiating, Map.of("status", "NEGOTIATION"));

        assertThat(move(draft, Map.of("status", "ABANDONED", "reason", "No budget")).getStatusCode().value()).isEqualTo(200);
        assertThat(move(negotiating, Map.of("status", "ABANDONED", "reason", "Partner withdrew")).getStatusCode().value())
                .isEqualTo(200);
    }

    @Test
    void aMoveTheLifecycleForbidsIsA409SayingWhereTheAgreementCanGo() {
        String id = fixtures.agreement();

        ResponseEntity<JsonNode> skipToActive = move(id, Map.of("status", "ACTIVE"));
        ResponseEntity<JsonNode> byHandToExpired = move(id, Map.of("status", "EXPIRED"));
        move(id, Map.of("status", "ABANDONED", "reason", "Stopped"));
        ResponseEntity<JsonNode> fromAbandoned = move(id, Map.of("status", "NEGOTIATION"));

        assertThat(skipToActive.getStatusCode().value()).isEqualTo(409);
        assertThat(skipToActive.getBody().get("allowed").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("NEGOTIATION", "ABANDONED");
        assertThat(skipToActive.getBody().get("detail").asString()).contains("DRAFT").contains("NEGOTIATION");
        assertThat(byHandToExpired.getStatusCode().value()).isEqualTo(409);
        assertThat(fromAbandoned.getStatusCode().value()).isEqualTo(409);
        assertThat(fromAbandoned.getBody().get("detail").asString()).contains("final");
    }

    @Test
    void signingWithoutADateOrWithoutSignatoriesOnTwoPartiesIsA422ListingWhatIsMissing() {
        Map<String, Object> unsigned = fixtures.memorandum();
        unsigned.put("parties", ((List<?>) unsigned.get("parties")).stream().map(party -> {
            Map<String, Object> withoutSignatory = new HashMap<>((Map<String, Object>) party);
            withoutSignatory.remove("signatory");
            return withoutSignatory;
        }).toList());
        String id = api.post("/api/agreements", unsigned).getBody().get("id").asString();
        move(id, Map.of("status", "NEGOTIATION"));

        ResponseEntity<JsonNode> answer = move(id, Map.of("status", "SIGNED"));

        assertThat(answer.getStatusCode().value()).isEqualTo(422);
        assertThat(answer.getBody().get("missing").valueStream().map(JsonNode::asString))
                .anySatisfy(missing -> assertThat(missing).startsWith("on:"))
                .anySatisfy(missing -> assertThat(missing).contains("signatory on at least two parties"));
        assertThat(api.get("/api/agreements/{id}", id).getBody().get("status").asString()).isEqualTo("NEGOTIATION");
    }

    @Test
    void suspendingWithoutAReasonIsA422() {
        String id = activeAgreement();

        ResponseEntity<JsonNode> answer = move(id, Map.of("status", "SUSPENDED"));

        assertThat(answer.getStatusCode().value()).isEqualTo(422);
        assertThat(answer.getBody().get("missing").get(0).asString()).startsWith("reason:");
    }

    @Test
    void aStaleIfMatchOnAMoveIsA412() {
        String id = fixtures.agreement();

        ResponseEntity<JsonNode> answer = api.send(HttpMethod.POST, "/api/agreements/" + id + "/status",
                Map.of("status", "NEGOTIATION"), headers -> headers.setIfMatch("\"7\""));

        assertThat(answer.getStatusCode().value()).isEqualTo(412);
    }

    @Test
    void aRenewalExtendsTheExpiryAndKeepsTheHistory() {
        String id = activeAgreement();
        LocalDate first = LocalDate.now().plusYears(1);
        LocalDate second = LocalDate.now().plusYears(3);

        api.post("/api/agreements/" + id + "/renewals", Map.of("expiresOn", first.toString(), "note", "One more year"));
        ResponseEntity<JsonNode> renewed = api.post("/api/agreements/" + id + "/renewals",
                Map.of("expiresOn", second.toString()));

        assertThat(renewed.getStatusCode().value()).isEqualTo(200);
        assertThat(renewed.getBody().get("expiresOn").asString()).isEqualTo(second.toString());
        assertThat(renewed.getBody().get("renewals").findValuesAsString("expiresOn"))
                .containsExactly(first.toString(), second.toString());
        assertThat(renewed.getBody().get("renewals").get(1).get("previousExpiresOn").asString()).isEqualTo(first.toString());
        assertThat(events(id, 6).get(5)).satisfies(record ->
                assertThat(TopicRecords.header(record, "ce_type")).isEqualTo("entente.agreement.renewed.v1"));
    }

    @Test
    void aRenewalMustMoveTheExpiryLaterAndOnlyAnAgreementInForceCanBeRenewed() {
        String draft = fixtures.agreement();
        String active = activeAgreement();
        api.post("/api/agreements/" + active + "/renewals", Map.of("expiresOn", LocalDate.now().plusYears(2).toString()));

        ResponseEntity<JsonNode> ofDraft = api.post("/api/agreements/" + draft + "/renewals",
                Map.of("expiresOn", LocalDate.now().plusYears(1).toString()));
        ResponseEntity<JsonNode> earlier = api.post("/api/agreements/" + active + "/renewals",
                Map.of("expiresOn", LocalDate.now().plusYears(1).toString()));

        assertThat(ofDraft.getStatusCode().value()).isEqualTo(409);
        assertThat(earlier.getStatusCode().value()).isEqualTo(422);
        assertThat(earlier.getBody().get("errors").findValuesAsString("field")).containsExactly("expiresOn");
    }

    private String activeAgreement() {
        String id = fixtures.agreement();
        move(id, Map.of("status", "NEGOTIATION"));
        move(id, Map.of("status", "SIGNED", "on", "2025-11-14"));
        move(id, Map.of("status", "ACTIVE"));
        return id;
    }

    private ResponseEntity<JsonNode> move(String id, Map<String, Object> request) {
        return api.post("/api/agreements/" + id + "/status", request);
    }

    private List<ConsumerRecord<String, String>> events(String id, int expected) {
        return TopicRecords.await(TestInfrastructure.get().kafkaBootstrapServers(), topic,
                record -> id.equals(record.key()), found -> found.size() >= expected, Duration.ofSeconds(30));
    }
}
