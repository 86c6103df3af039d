package org.entente.agreements.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.entente.events.CloudEventHeaders;
import org.entente.agreements.Fixtures;
import org.entente.localstack.test.IntegrationTest;
import org.entente.localstack.test.TestApi;
import org.entente.localstack.test.TestInfrastructure;
import org.entente.localstack.test.TopicRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class DelegationsIT {

    private static final String SCHEDULED = "entente.delegation.scheduled.v1";
    private static final String UPDATED = "entente.delegation.updated.v1";
    private static final String STATUS_CHANGED = "entente.delegation.status-changed.v1";

    @LocalServerPort
    int port;

    @Value("${entente.topics.agreements}")
    String topic;

    final JsonMapper json = JsonMapper.builder().build();
    final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    TestApi api;
    String unique;
    String insp;
    String acsa;

    @BeforeEach
    void setUp() {
        api = new TestApi(port);
        unique = UUID.randomUUID().toString().substring(0, 8);
        insp = organization("Institut national du service public", "FR");
        acsa = organization("Agency for Civil Service Affairs", "KZ");
    }

    // Scheduling

    @Test
    void schedulingUnderAnAgreementPublishesItsEventKeyedByTheAgreement() {
        String agreementId = agreement();

        ResponseEntity<JsonNode> created = api.post("/api/agreements/" + agreementId + "/delegations", visit());

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getHeaders().getETag()).isEqualTo("\"1\"");
        String id = created.getBody().get("id").asString();
        assertThat(created.getHeaders().getLocation()).hasToString("/api/delegations/" + id);
        assertThat(created.getBody().get("agreementId").asString()).isEqualTo(agreementId);
        assertThat(created.getBody().get("status").asString()).isEqualTo("PLANNED");
        assertThat(created.getBody().get("visitingOrganization").get("name").asString())
                .isEqualTo("Agency for Civil Service Affairs " + unique);
        ConsumerRecord<String, String> record = awaitEvents(agreementId, SCHEDULED, 1).get(0);
        assertThat(TopicRecords.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(agreementId);
        JsonNode data = json.readTree(record.value());
        assertThat(data.get("delegationId").asString()).isEqualTo(id);
        assertThat(data.get("hostOrganization").get("country").asString()).isEqualTo("FR");
        assertThat(data.get("startDate").asString()).isEqualTo(today.plusDays(30).toString());
        assertThat(data.get("agenda").get(0).get("time").asString()).isEqualTo("10:00:00");
    }

    @Test
    void schedulingAVisitWithoutAgreementPublishesItsEventKeyedByTheDelegation() {
        ResponseEntity<JsonNode> created = api.post("/api/delegations", visit());

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getHeaders().getETag()).isEqualTo("\"1\"");
        String id = created.getBody().get("id").asString();
        assertThat(created.getBody().get("agreementId").isNull()).isTrue();
        assertThat(api.get("/api/delegations/{id}", id).getHeaders().getETag()).isEqualTo("\"1\"");
        ConsumerRecord<String, String> record = awaitEvents(id, SCHEDULED, 1).get(0);
        assertThat(TopicRecords.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id);
        assertThat(json.readTree(record.value()).get("leader").get("name").asString()).isEqualTo("Darkhan Zhazykbay");
    }

    @Test
    void anUnknownAgreementIsA404OnTheAgreementsPaths() {
        assertThat(api.post("/api/agreements/no-such-agreement/delegations", visit()).getStatusCode().value())
                .isEqualTo(404);
        assertThat(api.get("/api/agreements/no-such-agreement/delegations").getStatusCode().value()).isEqualTo(404);
        assertThat(api.get("/api/delegations/no-such-delegation").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void anUnknownOrganizationOrAgreementInTheBodyIsA422NamingTheField() {
        Map<String, Object> unknownHost = visit();
        unknownHost.put("hostOrganizationId", "no-such-organization");
        Map<String, Object> unknownMember = visit();
        unknownMember.put("members", List.of(Map.of("name", "Bolat Otegen", "title", "Counsellor",
                "organizationId", "no-such-organization")));
        Map<String, Object> unknownAgreement = visit();
        unknownAgreement.put("agreementId", "no-such-agreement");

        ResponseEntity<JsonNode> host = api.post("/api/delegations", unknownHost);

        assertThat(host.getStatusCode().value()).isEqualTo(422);
        assertThat(host.getBody().get("detail").asString())
                .isEqualTo("hostOrganizationId: no organization has id no-such-organization");
        assertThat(unprocessableFields(api.post("/api/delegations", unknownMember)))
                .containsExactly("members[0].organizationId");
        assertThat(unprocessableFields(api.post("/api/delegations", unknownAgreement))).containsExactly("agreementId");
    }

    @Test
    void anEndBeforeTheStartOrAMissingFieldIsA400NamingIt() {
        Map<String, Object> backwards = visit();
        backwards.put("endDate", today.plusDays(29).toString());
        Map<String, Object> incomplete = visit();
        incomplete.remove("city");
        incomplete.put("country", "XX");

        assertThat(invalidFields(api.post("/api/delegations", backwards))).containsExactly("endDate");
        assertThat(invalidFields(api.post("/api/delegations", incomplete))).containsExactly("city", "country");
    }

    // Status

    @Test
    void aStartedVisitIsConfirmedThenCompletedWithAnEventForEachMove() {
        String id = schedule(visitStarting(today.minusDays(2)));

        ResponseEntity<JsonNode> confirmed = changeStatus(id, "CONFIRMED", null);
        ResponseEntity<JsonNode> completed = changeStatus(id, "COMPLETED", null);

        assertThat(confirmed.getStatusCode().value()).isEqualTo(200);
        assertThat(confirmed.getHeaders().getETag()).isEqualTo("\"2\"");
        assertThat(completed.getStatusCode().value()).isEqualTo(200);
        assertThat(completed.getBody().get("status").asString()).isEqualTo("COMPLETED");
        assertThat(confirmed.getBody().get("allowedStatuses").toString()).isEqualTo("[\"COMPLETED\",\"CANCELLED\"]");
        assertThat(completed.getBody().get("allowedStatuses")).as("a completed visit is over").isEmpty();
        assertThat(awaitEvents(id, STATUS_CHANGED, 2)).extracting(record -> {
            JsonNode data = json.readTree(record.value());
            return data.get("from").asString() + "->" + data.get("to").asString();
        }).containsExactly("PLANNED->CONFIRMED", "CONFIRMED->COMPLETED");
    }

    @Test
    void aPlannedOrAConfirmedVisitIsCancelledWithItsReason() {
        String planned = schedule(visit());
        String confirmed = schedule(visit());
        changeStatus(confirmed, "CONFIRMED", null);

        ResponseEntity<JsonNode> cancelledPlanned = changeStatus(planned, "CANCELLED", "Elections brought forward");
        ResponseEntity<JsonNode> cancelledConfirmed = changeStatus(confirmed, "CANCELLED", "Flights cancelled");

        assertThat(cancelledPlanned.getStatusCode().value()).isEqualTo(200);
        assertThat(cancelledPlanned.getBody().get("statusReason").asString()).isEqualTo("Elections brought forward");
        assertThat(cancelledConfirmed.getStatusCode().value()).isEqualTo(200);
        JsonNode event = json.readTree(awaitEvents(planned, STATUS_CHANGED, 1).get(0).value());
        assertThat(event.get("to").asString()).isEqualTo("CANCELLED");
        assertThat(event.get("reason").asString()).isEqualTo("Elections brought forward");
        assertThat(event.get("visitingOrganization").get("name").asString())
                .isEqualTo("Agency for Civil Service Affairs " + unique);
    }

    @Test
    void cancellingWithoutAReasonIsA422NamingTheReason() {
        String id = schedule(visit());

        assertThat(unprocessableFields(changeStatus(id, "CANCELLED", null))).containsExactly("reason");
        assertThat(api.get("/api/delegations/{id}", id).getBody().get("status").asString()).isEqualTo("PLANNED");
    }

    @Test
    void completingBeforeTheStartDateIsA422SayingWhenItStarts() {
        String id = schedule(visit());
        changeStatus(id, "CONFIRMED", null);

        ResponseEntity<JsonNode> early = changeStatus(id, "COMPLETED", null);

        assertThat(early.getStatusCode().value()).isEqualTo(422);
        assertThat(early.getBody().get("detail").asString()).contains(today.plusDays(30).toString());
    }

    @Test
    void aForbiddenMoveIsA409SayingWhichMovesAreAllowed() {
        String id = schedule(visitStarting(today.minusDays(2)));

        ResponseEntity<JsonNode> skipping = changeStatus(id, "COMPLETED", null);
        ResponseEntity<JsonNode> same = changeStatus(id, "PLANNED", null);
        changeStatus(id, "CANCELLED", "Postponed sine die");
        ResponseEntity<JsonNode> revived = changeStatus(id, "CONFIRMED", null);

        assertThat(skipping.getStatusCode().value()).isEqualTo(409);
        assertThat(skipping.getBody().get("detail").asString()).contains("from PLANNED it can become CONFIRMED or CANCELLED");
        assertThat(same.getStatusCode().value()).isEqualTo(409);
        assertThat(revived.getStatusCode().value()).isEqualTo(409);
        assertThat(revived.getBody().get("detail").asString()).contains("cannot change status any more");
    }

    @Test
    void aStatusChangeWithAStaleIfMatchIsA412() {
        String id = schedule(visit());
        changeStatus(id, "CONFIRMED", null);

        ResponseEntity<JsonNode> stale = api.send(HttpMethod.POST, "/api/delegations/" + id + "/status",
                Map.of("status", "CANCELLED", "reason", "Budget"), headers -> headers.setIfMatch("\"1\""));

        assertThat(stale.getStatusCode().value()).isEqualTo(412);
        assertThat(api.get("/api/delegations/{id}", id).getBody().get("status").asString()).isEqualTo("CONFIRMED");
    }

    // Replacing

    @Test
    void replacingNeedsIfMatchRefusesAStaleVersionAndPublishesTheChangedFields() {
        String id = schedule(visit());
        String path = "/api/delegations/" + id;
        Map<String, Object> changed = visit();
        changed.put("city", "Strasbourg");

        ResponseEntity<JsonNode> withoutIfMatch = api.send(HttpMethod.PUT, path, changed, headers -> { });
        ResponseEntity<JsonNode> replaced = api.send(HttpMethod.PUT, path, changed, headers -> headers.setIfMatch("\"1\""));
        ResponseEntity<JsonNode> stale = api.send(HttpMethod.PUT, path, visit(), headers -> headers.setIfMatch("\"1\""));

        assertThat(withoutIfMatch.getStatusCode().value()).isEqualTo(428);
        assertThat(replaced.getStatusCode().value()).isEqualTo(200);
        assertThat(replaced.getHeaders().getETag()).isEqualTo("\"2\"");
        assertThat(stale.getStatusCode().value()).isEqualTo(412);
        assertThat(api.get(path).getBody().get("city").asString()).isEqualTo("Strasbourg");
        JsonNode event = json.readTree(awaitEvents(id, UPDATED, 1).get(0).value());
        assertThat(event.get("version").asLong()).isEqualTo(2);
        assertThat(event.get("changedFields").valueStream().map(JsonNode::asString)).containsExactly("city");
    }

    @Test
    void aReplacementThatChangesNothingKeepsTheVersionAndPublishesNothing() {
        String id = schedule(visit());
        String path = "/api/delegations/" + id;
        Map<String, Object> changed = visit();
        changed.put("outcomes", "Memorandum signed");

        ResponseEntity<JsonNode> unchanged = api.send(HttpMethod.PUT, path, visit(), headers -> headers.setIfMatch("\"1\""));
        api.send(HttpMethod.PUT, path, changed, headers -> headers.setIfMatch("\"1\""));

        assertThat(unchanged.getStatusCode().value()).isEqualTo(200);
        assertThat(unchanged.getHeaders().getETag()).isEqualTo("\"1\"");
        // The relay publishes a document's events in order: had the first PUT caused one, it would come first.
        assertThat(awaitEvents(id, UPDATED, 1)).singleElement()
                .satisfies(record -> assertThat(json.readTree(record.value()).get("version").asLong()).isEqualTo(2));
    }

    @Test
    void aVisitStaysWithTheAgreementItWasScheduledUnder() {
        String agreementId = agreement();
        String id = api.post("/api/agreements/" + agreementId + "/delegations", visit()).getBody().get("id").asString();
        Map<String, Object> moved = visit();
        moved.put("agreementId", agreement());

        ResponseEntity<JsonNode> refused = api.send(HttpMethod.PUT, "/api/delegations/" + id, moved,
                headers -> headers.setIfMatch("\"1\""));

        assertThat(unprocessableFields(refused)).containsExactly("agreementId");
    }

    // Lists

    @Test
    void listsFilterByOverlappingDatesCountryAndStatus() {
        String agreementId = agreement();
        String march = scheduleUnder(agreementId, visitOn(LocalDate.of(2031, 3, 2), LocalDate.of(2031, 3, 6), "FR"));
        String april = scheduleUnder(agreementId, visitOn(LocalDate.of(2031, 4, 10), LocalDate.of(2031, 4, 12), "KZ"));
        String may = scheduleUnder(agreementId, visitOn(LocalDate.of(2031, 5, 20), LocalDate.of(2031, 5, 21), "KZ"));
        changeStatus(may, "CONFIRMED", null);
        String nested = "/api/agreements/" + agreementId + "/delegations";
        String global = "/api/delegations?agreementId=" + agreementId;

        assertThat(ids(nested)).containsExactly(march, april, may);
        assertThat(ids(global + "&from=2031-03-06&to=2031-04-10")).containsExactly(march, april);
        assertThat(ids(global + "&from=2031-03-07&to=2031-04-09")).isEmpty();
        assertThat(ids(global + "&country=KZ")).containsExactly(april, may);
        assertThat(ids(nested + "?status=CONFIRMED")).containsExactly(may);
        assertThat(ids(global + "&country=KZ&status=PLANNED")).containsExactly(april);
        assertThat(invalidFields(api.get(global + "&from=2031-04-01&to=2031-03-01"))).containsExactly("to");
    }

    @Test
    void listsPageAndSortAndRefuseAnUnknownSortField() {
        String agreementId = agreement();
        String first = scheduleUnder(agreementId, visitOn(LocalDate.of(2032, 1, 10), LocalDate.of(2032, 1, 11), "FR"));
        String second = scheduleUnder(agreementId, visitOn(LocalDate.of(2032, 2, 10), LocalDate.of(2032, 2, 11), "FR"));
        String third = scheduleUnder(agreementId, visitOn(LocalDate.of(2032, 3, 10), LocalDate.of(2032, 3, 11), "FR"));
        String path = "/api/delegations?agreementId=" + agreementId;

        JsonNode firstPage = api.get(path + "&size=2").getBody();
        JsonNode lastPage = api.get(path + "&size=2&page=1").getBody();

        assertThat(firstPage.get("totalItems").asLong()).isEqualTo(3);
        assertThat(firstPage.get("totalPages").asInt()).isEqualTo(2);
        assertThat(idsOf(firstPage)).containsExactly(first, second);
        assertThat(idsOf(lastPage)).containsExactly(third);
        assertThat(ids(path + "&sort=startDate,desc")).containsExactly(third, second, first);
        assertThat(invalidFields(api.get(path + "&sort=purpose"))).containsExactly("sort");
    }

    // Helpers

    private String organization(String name, String country) {
        ResponseEntity<JsonNode> created = api.post("/api/organizations", Map.of("name", name + " " + unique,
                "country", country, "type", "GOVERNMENT_AGENCY"));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        return created.getBody().get("id").asString();
    }

    private String agreement() {
        ResponseEntity<JsonNode> created = api.post("/api/agreements", new Fixtures(api).memorandum(insp, acsa));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        return created.getBody().get("id").asString();
    }

    /** An incoming visit a month from now: the Agency's delegation to the INSP in Paris. */
    private Map<String, Object> visit() {
        return visitStarting(today.plusDays(30));
    }

    private Map<String, Object> visitStarting(LocalDate start) {
        return visitOn(start, start.plusDays(1), "FR");
    }

    private Map<String, Object> visitOn(LocalDate start, LocalDate end, String country) {
        Map<String, Object> visit = new HashMap<>();
        visit.put("direction", "INCOMING");
        visit.put("hostOrganizationId", insp);
        visit.put("visitingOrganizationId", acsa);
        visit.put("leader", Map.of("name", "Darkhan Zhazykbay", "title", "Chairman", "organizationId", acsa));
        visit.put("members", List.of(Map.of("name", "Nurzhan Nauryzbayev",
                "title", "Head of the International Cooperation Department", "organizationId", acsa)));
        visit.put("startDate", start.toString());
        visit.put("endDate", end.toString());
        visit.put("city", "Paris");
        visit.put("country", country);
        visit.put("purpose", "Sign the memorandum of cooperation");
        visit.put("agenda", List.of(Map.of("date", start.toString(), "time", "10:00",
                "activity", "Signature of the memorandum", "place", "INSP, Paris")));
        return visit;
    }

    private String schedule(Map<String, Object> visit) {
        ResponseEntity<JsonNode> created = api.post("/api/delegations", visit);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        return created.getBody().get("id").asString();
    }

    private String scheduleUnder(String agreementId, Map<String, Object> visit) {
        ResponseEntity<JsonNode> created = api.post("/api/agreements/" + agreementId + "/delegations", visit);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        return created.getBody().get("id").asString();
    }

    private ResponseEntity<JsonNode> changeStatus(String id, String status, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("reason", reason);
        return api.post("/api/delegations/" + id + "/status", body);
    }

    /** The events of this type under this record key, waiting until at least {@code count} are on the topic. */
    private List<ConsumerRecord<String, String>> awaitEvents(String key, String type, int count) {
        List<ConsumerRecord<String, String>> records = TopicRecords.await(
                TestInfrastructure.get().kafkaBootstrapServers(), topic,
                record -> key.equals(record.key()) && type.equals(TopicRecords.header(record, CloudEventHeaders.TYPE)),
                found -> found.size() >= count, Duration.ofSeconds(30));
        assertThat(records).as(type + " keyed " + key).hasSizeGreaterThanOrEqualTo(count);
        return records;
    }

    private List<String> ids(String path) {
        ResponseEntity<JsonNode> page = api.get(path);
        assertThat(page.getStatusCode().value()).as(path).isEqualTo(200);
        return idsOf(page.getBody());
    }

    private static List<String> idsOf(JsonNode page) {
        return page.get("items").valueStream().map(item -> item.get("id").asString()).toList();
    }

    private static List<String> invalidFields(ResponseEntity<JsonNode> answer) {
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        return answer.getBody().get("errors").findValuesAsString("field");
    }

    private static List<String> unprocessableFields(ResponseEntity<JsonNode> answer) {
        assertThat(answer.getStatusCode().value()).isEqualTo(422);
        return answer.getBody().get("errors").findValuesAsString("field");
    }
}
