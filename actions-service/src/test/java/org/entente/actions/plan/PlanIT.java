package org.entente.actions.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.actions.Fixtures.item;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.entente.actions.Fixtures;
import org.entente.localstack.test.IntegrationTest;
import org.entente.localstack.test.TestApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;

/** The plan summary and the roll-ups on a known data set, figure by figure. */
@IntegrationTest
class PlanIT {

    static final LocalDate TODAY = LocalDate.now();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    TestApi api;
    Fixtures fixtures;
    /** A theme of this test's own, so the roll-ups see only its agreements. */
    String theme;
    String franceKazakhstan;

    @BeforeEach
    void setUp() {
        api = new TestApi(port);
        fixtures = new Fixtures(api, mongo);
        theme = "theme-" + UUID.randomUUID().toString().substring(0, 8);
        franceKazakhstan = fixtures.agreement("ACTIVE", List.of("FR", "KZ"), List.of(theme));
        // P-1: weight 2, half done, 20 of 40 officials trained, overdue.
        String p1 = add("P-1", 2, TODAY.minusDays(2), List.of(indicator("senior officials trained", "officials", 40)));
        start(p1);
        progress(p1, 50, "senior officials trained", 20);
        // P-2: done, 10 of 10 officials trained.
        String p2 = add("P-2", 1, TODAY.plusDays(5), List.of(indicator("senior officials trained", "officials", 10)));
        start(p2);
        progress(p2, 100, "senior officials trained", 10);
        api.post("/api/actions/" + p2 + "/status", Map.of("status", "DONE"));
        // P-3: planned, 3 students to host.
        add("P-3", 1, TODAY.plusDays(10), List.of(indicator("students hosted", "students", 3)));
        // P-4: cancelled: left out of completion and indicators.
        String p4 = add("P-4", 5, TODAY.plusDays(1), List.of(indicator("senior officials trained", "officials", 100)));
        api.send(HttpMethod.DELETE, "/api/actions/" + p4, null, headers -> headers.setIfMatch("\"1\""));
        // P-5: planned, no indicator.
        add("P-5", 1, TODAY.plusDays(20), List.of());
    }

    @Test
    void theSummaryCountsByStatusWeighsCompletionListsDeadlinesAndTotalsIndicators() {
        JsonNode plan = api.get("/api/agreements/{id}/plan", franceKazakhstan).getBody();

        assertThat(plan.get("items").asLong()).isEqualTo(5);
        JsonNode counts = plan.get("countsByStatus");
        assertThat(counts.get("PLANNED").asLong()).isEqualTo(2);
        assertThat(counts.get("IN_PROGRESS").asLong()).isEqualTo(1);
        assertThat(counts.get("BLOCKED").asLong()).isZero();
        assertThat(counts.get("DONE").asLong()).isEqualTo(1);
        assertThat(counts.get("CANCELLED").asLong()).isEqualTo(1);
        // (2 x 50 + 1 x 100 + 1 x 0 + 1 x 0) / (2 + 1 + 1 + 1)
        assertThat(plan.get("weightedCompletion").asDouble()).isEqualTo(40.0);
        assertThat(plan.get("overdue").findValuesAsString("reference")).containsExactly("P-1");
        assertThat(plan.get("nextDeadlines").findValuesAsString("reference")).containsExactly("P-3", "P-5");
        JsonNode officials = plan.get("indicators").get(0);
        assertThat(officials.get("name").asString()).isEqualTo("senior officials trained");
        assertThat(officials.get("target").asDouble()).isEqualTo(50.0);
        assertThat(officials.get("actual").asDouble()).isEqualTo(30.0);
        assertThat(officials.get("percentOfTarget").asDouble()).isEqualTo(60.0);
        assertThat(officials.get("items").asLong()).isEqualTo(2);
        JsonNode students = plan.get("indicators").get(1);
        assertThat(students.get("name").asString()).isEqualTo("students hosted");
        assertThat(students.get("target").asDouble()).isEqualTo(3.0);
        assertThat(students.get("actual").asDouble()).isZero();
        assertThat(plan.get("indicators")).hasSize(2);
    }

    @Test
    void rollUpsTotalIndicatorsByAgreementCountryAndTheme() {
        String kazakhstanVietnam = fixtures.agreement("ACTIVE", List.of("KZ", "VN"), List.of(theme));
        String v1 = fixtures.create(kazakhstanVietnam, withIndicator(item("V-1"), "senior officials trained", "officials", 20));
        start(v1);
        progress(v1, 25, "senior officials trained", 5);

        JsonNode rollup = api.get("/api/indicators?theme=" + theme).getBody();

        assertThat(totals(rollup.get("byCountry"), "country")).containsExactly(
                "FR senior officials trained 50.0/30.0 (2)", "FR students hosted 3.0/0.0 (1)",
                "KZ senior officials trained 70.0/35.0 (3)", "KZ students hosted 3.0/0.0 (1)",
                "VN senior officials trained 20.0/5.0 (1)");
        assertThat(totals(rollup.get("byTheme"), "theme")).containsExactly(
                theme + " senior officials trained 70.0/35.0 (3)", theme + " students hosted 3.0/0.0 (1)");
        assertThat(totals(rollup.get("byAgreement"), "agreementId")).containsExactlyInAnyOrder(
                franceKazakhstan + " senior officials trained 50.0/30.0 (2)", franceKazakhstan + " students hosted 3.0/0.0 (1)",
                kazakhstanVietnam + " senior officials trained 20.0/5.0 (1)");
        JsonNode vietnam = api.get("/api/indicators?theme=" + theme + "&country=VN").getBody();
        assertThat(totals(vietnam.get("byCountry"), "country")).containsExactly("VN senior officials trained 20.0/5.0 (1)");
        assertThat(totals(vietnam.get("byAgreement"), "agreementId"))
                .containsExactly(kazakhstanVietnam + " senior officials trained 20.0/5.0 (1)");
    }

    @Test
    void anUnknownAgreementHasNoPlanAndABadCountryIsA400() {
        assertThat(api.get("/api/agreements/{id}/plan", "nope").getStatusCode().value()).isEqualTo(404);
        JsonNode badCountry = api.get("/api/indicators?country=France").getBody();
        assertThat(badCountry.get("errors").findValuesAsString("field")).containsExactly("country");
    }

    private String add(String reference, int weight, LocalDate dueDate, List<Map<String, Object>> indicators) {
        Map<String, Object> item = item(reference);
        item.put("weight", weight);
        item.put("dueDate", dueDate.toString());
        item.put("indicators", indicators);
        return fixtures.create(franceKazakhstan, item);
    }

    private void start(String id) {
        api.post("/api/actions/" + id + "/status", Map.of("status", "IN_PROGRESS"));
    }

    private void progress(String id, int percent, String indicator, double value) {
        api.post("/api/actions/" + id + "/progress", Map.of("percentComplete", percent,
                "indicatorValues", List.of(Map.of("name", indicator, "value", value))));
    }

    private static Map<String, Object> indicator(String name, String unit, double target) {
        return Map.of("name", name, "unit", unit, "target", target);
    }

    private static Map<String, Object> withIndicator(Map<String, Object> item, String name, String unit, double target) {
        item.put("indicators", List.of(indicator(name, unit, target)));
        return item;
    }

    private static List<String> totals(JsonNode totals, String group) {
        return totals.valueStream().map(total -> total.get(group).asString() + " " + total.get("indicator").asString()
                + " " + total.get("target").asDouble() + "/" + total.get("actual").asDouble()
                + " (" + total.get("items").asLong() + ")").toList();
    }
}
