package org.entente.notify.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.localstack.test.TestEvents.agreementCreated;
import static org.entente.localstack.test.TestEvents.agreementSnapshot;
import static org.entente.localstack.test.TestEvents.cloudEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.entente.localstack.test.TopicRecords;
import org.entente.notify.NotifyIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class TimelineIT extends NotifyIntegrationTest {

    static final String CREATED = "entente.agreement.created.v1";
    static final String STATUS_CHANGED = "entente.agreement.status-changed.v1";
    static final String EXPIRING = "entente.agreement.expiring.v1";
    static final String VISIT_SCHEDULED = "entente.delegation.scheduled.v1";
    static final String VISIT_STATUS = "entente.delegation.status-changed.v1";

    String agreementId;

    @BeforeEach
    void setUp() {
        agreementId = newId();
    }

    @Test
    void theSameEventDeliveredTwiceLeavesOneEntry() {
        String eventId = newId();
        Instant time = Instant.parse("2025-11-14T10:00:00Z");
        var created = cloudEvent(agreementsTopic, eventId, CREATED, agreementId, time,
                agreementCreated(agreementId, 1, "INSP-KZ-2025-01", "Memorandum", "Mémorandum"));

        send(created);
        send(created);
        // A later, distinct event on the same partition: once it is in, the duplicate before it was handled.
        String laterId = publish(CREATED, agreementId, time.plusSeconds(60),
                agreementCreated(agreementId, 2, "INSP-KZ-2025-01", "Memorandum", "Mémorandum"));

        await().atMost(WAIT).until(() -> entries(timeline("")).size() >= 2);
        assertThat(entries(timeline(""))).extracting(entry -> entry.get("id").asString())
                .containsExactly(eventId, laterId);
    }

    @Test
    void entriesArrivingOutOfOrderAreListedInTheOrderThingsHappened() {
        String signed = publish(CREATED, agreementId, Instant.parse("2025-11-14T12:00:00Z"),
                agreementCreated(agreementId, 2, "C-2", "Later", "Plus tard"));
        String registered = publish(CREATED, agreementId, Instant.parse("2025-11-01T09:00:00Z"),
                agreementCreated(agreementId, 1, "C-1", "Earlier", "Plus tôt"));

        await().atMost(WAIT).until(() -> entries(timeline("")).size() == 2);
        assertThat(entries(timeline(""))).extracting(entry -> entry.get("id").asString())
                .containsExactly(registered, signed);
    }

    @Test
    void summariesAreInTheReadersLanguageFromLangOrAcceptLanguage() {
        publish(CREATED, agreementId, Instant.now(),
                agreementCreated(agreementId, 1, "INSP-KZ-2025-01", "Memorandum on civil service", "Mémorandum sur la fonction publique"));

        await().atMost(WAIT).until(() -> entries(timeline("")).size() == 1);
        assertThat(entries(timeline("?lang=fr")).get(0).get("summary").asString())
                .isEqualTo("Accord INSP-KZ-2025-01 enregistré : Mémorandum sur la fonction publique");
        assertThat(entries(timeline("?lang=en")).get(0).get("summary").asString())
                .isEqualTo("Agreement INSP-KZ-2025-01 registered: Memorandum on civil service");
        JsonNode french = api.client().get().uri("/api/agreements/{id}/timeline", agreementId)
                .header("Accept-Language", "fr-FR,fr;q=0.9").retrieve().body(JsonNode.class);
        assertThat(entries(french).get(0).get("summary").asString()).startsWith("Accord INSP-KZ-2025-01 enregistré");
        JsonNode entry = entries(timeline("")).get(0);
        assertThat(entry.get("summary").asString()).startsWith("Agreement INSP-KZ-2025-01 registered");
        assertThat(entry.get("link").asString()).endsWith("/api/agreements/" + agreementId);
        assertThat(entry.get("type").asString()).isEqualTo(CREATED);
        // A record without ce_actor (published before actors were recorded) was the system's doing.
        assertThat(entry.get("actor").asString()).isEqualTo("system");
    }

    @Test
    void statusChangesAndVisitsAreSummarizedInFrenchAndEnglishWithALinkToTheVisit() {
        String delegationId = newId();
        publish(STATUS_CHANGED, agreementId, Instant.parse("2025-11-14T10:00:00Z"), """
                {"agreement": %s, "from": "NEGOTIATION", "to": "SIGNED", "on": "2025-11-14", "reason": null}"""
                .formatted(agreementSnapshot(agreementId, 4, "INSP-KZ-2025-01", "SIGNED", "M", "M")));
        publish(VISIT_STATUS, agreementId, Instant.parse("2025-11-14T11:00:00Z"), visitStatusChanged(delegationId));

        await().atMost(WAIT).until(() -> entries(timeline("")).size() == 2);
        assertThat(entries(timeline("?lang=en"))).extracting(entry -> entry.get("summary").asString()).containsExactly(
                "Agreement INSP-KZ-2025-01 is now signed",
                "Visit confirmed: ACSA to INSP, Paris (FR), on 2025-11-14");
        assertThat(entries(timeline("?lang=fr"))).extracting(entry -> entry.get("summary").asString()).containsExactly(
                "L'accord INSP-KZ-2025-01 est désormais signé",
                "Visite confirmée : ACSA chez INSP, Paris (FR), le 2025-11-14");
        assertThat(entries(timeline("")).get(1).get("link").asString()).endsWith("/api/delegations/" + delegationId);
    }

    @Test
    void aTimelinePagesWithAnOpaqueCursor() {
        Instant start = Instant.parse("2025-11-14T10:00:00Z");
        for (int i = 0; i < 3; i++) {
            send(cloudEvent(agreementsTopic, "page-" + i + "-" + agreementId, CREATED, agreementId,
                    start.plusSeconds(i), agreementCreated(agreementId, i + 1, "P", "T", "T")));
        }
        await().atMost(WAIT).until(() -> entries(timeline("")).size() == 3);

        JsonNode first = timeline("?limit=2");
        JsonNode second = timeline("?limit=2&after=" + first.get("next").asString());

        assertThat(entries(first)).hasSize(2);
        assertThat(entries(second)).extracting(entry -> entry.get("id").asString()).containsExactly("page-2-" + agreementId);
        assertThat(second.get("next").isNull()).isTrue();
    }

    @Test
    void aTimelineReadNewestFirstPagesBackwardsByCursor() {
        Instant start = Instant.parse("2025-11-14T10:00:00Z");
        for (int i = 0; i < 3; i++) {
            send(cloudEvent(agreementsTopic, "back-" + i + "-" + agreementId, CREATED, agreementId,
                    start.plusSeconds(i), agreementCreated(agreementId, i + 1, "P", "T", "T")));
        }
        await().atMost(WAIT).until(() -> entries(timeline("")).size() == 3);

        JsonNode first = timeline("?order=newest&limit=2");
        JsonNode second = timeline("?order=newest&limit=2&after=" + first.get("next").asString());

        assertThat(entries(first)).extracting(entry -> entry.get("id").asString())
                .containsExactly("back-2-" + agreementId, "back-1-" + agreementId);
        assertThat(entries(second)).extracting(entry -> entry.get("id").asString()).containsExactly("back-0-" + agreementId);
        assertThat(second.get("next").isNull()).isTrue();
    }

    @Test
    void theGlobalTimelineMergesBothTopicsInOrderAndPagesByCursor() {
        Instant window = randomWindow();
        String other = newId();
        String first = publish(CREATED, agreementId, window.plusSeconds(1), agreementCreated(agreementId, 1, "G-1", "T", "T"));
        // The actions topic carries catalog events about an agreement too; this one arrives late.
        String third = newId();
        send(cloudEvent(actionsTopic, third, EXPIRING, agreementId, window.plusSeconds(3), expiring(agreementId, 2)));
        String second = publish(CREATED, other, window.plusSeconds(2), agreementCreated(other, 1, "G-2", "T", "T"));
        String range = "from=" + window + "&to=" + window.plusSeconds(3600);

        await().atMost(WAIT).until(() -> entries(global("?" + range)).size() == 3);
        JsonNode page1 = global("?limit=2&" + range);
        JsonNode page2 = global("?limit=2&" + range + "&after=" + page1.get("next").asString());

        assertThat(entries(page1)).extracting(entry -> entry.get("id").asString()).containsExactly(first, second);
        assertThat(entries(page2)).extracting(entry -> entry.get("id").asString()).containsExactly(third);
        assertThat(page2.get("next").isNull()).isTrue();
        assertThat(entries(page2).get(0).get("summary").asString()).startsWith("Agreement G-1 expires in 30 days");
    }

    @Test
    void theGlobalTimelineFiltersByTypesAndDateRange() {
        Instant window = randomWindow();
        publish(CREATED, agreementId, window.plusSeconds(10), agreementCreated(agreementId, 1, "F-1", "T", "T"));
        String expiring = publish(EXPIRING, agreementId, window.plusSeconds(20), expiring(agreementId, 2));
        String late = publish(EXPIRING, agreementId, window.plusSeconds(7200), expiring(agreementId, 3));
        await().atMost(WAIT).until(() -> entries(global("?from=" + window + "&to=" + window.plusSeconds(9000))).size() == 3);

        assertThat(entries(global("?types=" + EXPIRING + "&from=" + window + "&to=" + window.plusSeconds(3600))))
                .extracting(entry -> entry.get("id").asString()).containsExactly(expiring);
        assertThat(entries(global("?types=" + EXPIRING + "," + CREATED + "&from=" + window.plusSeconds(15))))
                .extracting(entry -> entry.get("id").asString()).startsWith(expiring, late);
        assertThat(entries(timeline("?types=" + CREATED))).hasSize(1);
    }

    @Test
    void badParametersAre400sNamingTheParameter() {
        assertThat(fields(api.get("/api/agreements/{id}/timeline?limit=1000", agreementId))).containsExactly("limit");
        assertThat(fields(api.get("/api/agreements/{id}/timeline?limit=abc", agreementId))).containsExactly("limit");
        assertThat(fields(api.get("/api/timeline?limit=201"))).containsExactly("limit");
        assertThat(fields(api.get("/api/timeline?from=yesterday"))).containsExactly("from");
        assertThat(fields(api.get("/api/timeline?from=2025-11-14&to=2025-11-01"))).containsExactly("to");
        assertThat(fields(api.get("/api/timeline?lang=de"))).containsExactly("lang");
        assertThat(fields(api.get("/api/agreements/{id}/timeline?order=latest", agreementId))).containsExactly("order");
        assertThat(api.get("/api/timeline?after=not-a-cursor").getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheRecordsAfterItAreProcessed() {
        String poisonId = newId();
        send(cloudEvent(agreementsTopic, poisonId, CREATED, agreementId, Instant.now(), "this is not JSON"));
        String goodId = publish(CREATED, agreementId, Instant.now(), agreementCreated(agreementId, 1, "AFTER-POISON", "T", "T"));

        await().atMost(WAIT).until(() -> entries(timeline("")).size() == 1);
        assertThat(entries(timeline("")).get(0).get("id").asString()).isEqualTo(goodId);
        List<ConsumerRecord<String, String>> dead = TopicRecords.await(bootstrap, agreementsTopic + ".notify-service.dlq",
                record -> poisonId.equals(TopicRecords.header(record, "ce_id")), found -> !found.isEmpty(), WAIT);
        assertThat(dead).hasSize(1);
        assertThat(TopicRecords.header(dead.get(0), "x-exception-message")).contains("unreadable data");
    }

    @Test
    void anUnknownTypeOnTheActionsTopicGoesToItsDeadLetterTopic() {
        String unknownId = newId();
        send(cloudEvent(actionsTopic, unknownId, "entente.action.teleported.v1", agreementId, Instant.now(), "{}"));

        List<ConsumerRecord<String, String>> dead = TopicRecords.await(bootstrap, actionsTopic + ".notify-service.dlq",
                record -> unknownId.equals(TopicRecords.header(record, "ce_id")), found -> !found.isEmpty(), WAIT);

        assertThat(dead).hasSize(1);
        assertThat(TopicRecords.header(dead.get(0), "x-exception-message")).contains("unknown event type");
    }

    static String expiring(String agreementId, long version) {
        return "{\"agreement\": " + agreementSnapshot(agreementId, version, "G-1", "ACTIVE", "T", "T")
                + ", \"daysBefore\": 30, \"daysLeft\": 30}";
    }

    static String visitStatusChanged(String delegationId) {
        return """
                {"delegationId": "%s", "version": 2, "agreementId": null, "from": "PLANNED", "to": "CONFIRMED",
                 "reason": null, "direction": "INCOMING",
                 "hostOrganization": {"organizationId": "org-fr", "name": "INSP", "country": "FR"},
                 "visitingOrganization": {"organizationId": "org-kz", "name": "ACSA", "country": "KZ"},
                 "city": "Paris", "country": "FR", "startDate": "2025-11-14", "endDate": "2025-11-14"}"""
                .formatted(delegationId);
    }

    /** An hour of its own in the past, so the global timeline shows only this test's entries. */
    static Instant randomWindow() {
        return Instant.parse("1990-01-01T00:00:00Z").plus(Duration.ofHours(ThreadLocalRandom.current().nextInt(200_000)));
    }

    private JsonNode timeline(String query) {
        return api.get("/api/agreements/" + agreementId + "/timeline" + query).getBody();
    }

    private JsonNode global(String query) {
        return api.get("/api/timeline" + query).getBody();
    }

    static List<JsonNode> entries(JsonNode page) {
        return page.get("entries").valueStream().toList();
    }

    static List<String> fields(org.springframework.http.ResponseEntity<JsonNode> answer) {
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        return answer.getBody().get("errors").findValuesAsString("field");
    }
}
