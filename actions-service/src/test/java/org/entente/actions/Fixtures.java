package org.entente.actions;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.entente.localstack.test.TestApi;
import org.entente.localstack.test.TestEvents;
import org.entente.localstack.test.TestInfrastructure;
import org.entente.localstack.test.TopicRecords;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import tools.jackson.databind.json.JsonMapper;

/** Agreements put on the agreements topic as agreements-service would, and items added through the API. */
public final class Fixtures {

    public static final String AGREEMENTS_TOPIC = "entente.agreements";
    public static final String ACTIONS_TOPIC = "entente.actions";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TestApi api;
    private final MongoTemplate mongo;
    private final Map<String, Long> versions = new HashMap<>();

    public Fixtures(TestApi api, MongoTemplate mongo) {
        this.api = api;
        this.mongo = mongo;
    }

    /** An ACTIVE agreement between France and Kazakhstan, known to the replica. */
    public String agreement() {
        return agreement("ACTIVE", List.of("FR", "KZ"), List.of("leadership"));
    }

    public String agreement(String status, List<String> countries, List<String> themes) {
        String id = UUID.randomUUID().toString();
        publish(id, "entente.agreement.created.v1", status, countries, themes, null);
        return id;
    }

    /** An ACTIVE restricted agreement: only these user ids and roles may see it. */
    public String restrictedAgreement(List<String> users, List<String> roles, String theme) {
        String id = UUID.randomUUID().toString();
        String access = "{\"users\": [%s], \"roles\": [%s]}".formatted(quoted(users), quoted(roles));
        String data = "{\"agreement\": " + snapshot(id, 1, "ACTIVE", List.of("FR", "KZ"), List.of(theme))
                .replace("\"confidentiality\": \"PUBLIC\", \"access\": null",
                        "\"confidentiality\": \"RESTRICTED\", \"access\": " + access) + "}";
        versions.put(id, 1L);
        TestEvents.send(bootstrap(), TestEvents.cloudEvent(AGREEMENTS_TOPIC, UUID.randomUUID().toString(),
                "entente.agreement.created.v1", id, Instant.now(), data));
        await().atMost(Duration.ofSeconds(30)).until(() -> replicaVersion(id) >= 1);
        return id;
    }

    private static String quoted(List<String> values) {
        return values.stream().map(value -> "\"" + value + "\"").collect(Collectors.joining(","));
    }

    /** The agreement moved to {@code status}, as a status-changed event with the next version. */
    public void moveAgreement(String id, String status, String reason) {
        publish(id, "entente.agreement.status-changed.v1", status, List.of("FR", "KZ"), List.of("leadership"), reason);
    }

    /** Sends the same record twice, as a redelivery would. Returns the event id. */
    public String publish(String id, String type, String status, List<String> countries, List<String> themes,
                          String reason) {
        long version = versions.merge(id, 1L, Long::sum);
        String data = type.endsWith("created.v1") ? "{\"agreement\": " + snapshot(id, version, status, countries, themes) + "}"
                : "{\"agreement\": " + snapshot(id, version, status, countries, themes)
                        + ", \"from\": \"ACTIVE\", \"to\": \"" + status + "\", \"on\": null, \"reason\": "
                        + (reason == null ? "null" : "\"" + reason + "\"") + "}";
        String eventId = UUID.randomUUID().toString();
        TestEvents.send(bootstrap(), TestEvents.cloudEvent(AGREEMENTS_TOPIC, eventId, type, id, Instant.now(), data));
        await().atMost(Duration.ofSeconds(30)).until(() -> replicaVersion(id) >= version);
        return eventId;
    }

    /** Sends the last event of the agreement again, unchanged but for its event id. */
    public void replay(String id, String type, String status, String reason) {
        long version = versions.get(id);
        String data = "{\"agreement\": " + snapshot(id, version, status, List.of("FR", "KZ"), List.of("leadership"))
                + ", \"from\": \"ACTIVE\", \"to\": \"" + status + "\", \"on\": null, \"reason\": \"" + reason + "\"}";
        TestEvents.send(bootstrap(), TestEvents.cloudEvent(AGREEMENTS_TOPIC, UUID.randomUUID().toString(), type, id,
                Instant.now(), data));
    }

    /**
     * Waits until the consumer has handled everything sent so far with this record key: a marker
     * with the same key lands on the same partition after them, and shows once it is in the replica.
     */
    public void awaitHandled(String key) {
        String markerId = UUID.randomUUID().toString();
        TestEvents.send(bootstrap(), TestEvents.cloudEvent(AGREEMENTS_TOPIC, UUID.randomUUID().toString(),
                "entente.agreement.created.v1", key, Instant.now(),
                "{\"agreement\": " + snapshot(markerId, 1, "DRAFT", List.of("FR"), List.of("marker")) + "}"));
        await().atMost(Duration.ofSeconds(30)).until(() -> replicaVersion(markerId) >= 1);
    }

    public static String snapshot(String id, long version, String status, List<String> countries, List<String> themes) {
        String parties = countries.stream().map(country -> """
                {"organizationId": "org-%s", "name": "Organization %s", "country": "%s", "role": "SIGNATORY",
                 "signatoryName": null, "signatoryTitle": null}""".formatted(country, country, country))
                .collect(Collectors.joining(","));
        String tags = themes.stream().map(theme -> "\"" + theme + "\"").collect(Collectors.joining(","));
        return """
                {"agreementId": "%s", "version": %d, "code": "TEST-%s", "kind": "MOU",
                 "title": {"en": "Memorandum", "fr": "Mémorandum"}, "themes": [%s], "status": "%s", "parties": [%s],
                 "signedOn": null, "signedAt": null, "effectiveFrom": null, "expiresOn": null,
                 "confidentiality": "PUBLIC", "access": null, "responsibleName": null, "responsibleEmail": null,
                 "noticeDeadline": null}
                """.formatted(id, version, id.substring(0, 8), tags, status, parties);
    }

    private long replicaVersion(String id) {
        org.bson.Document replica = mongo.findOne(Query.query(Criteria.where("_id").is(id)), org.bson.Document.class,
                "agreements");
        return replica == null ? 0 : ((Number) replica.get("version")).longValue();
    }

    /** A training item with one indicator, ready to be posted; tests change what they need. */
    public static Map<String, Object> item(String reference) {
        Map<String, Object> item = new HashMap<>();
        item.put("reference", reference);
        item.put("title", "Leadership training for senior officials");
        item.put("category", "TRAINING");
        item.put("owner", Map.of("name", "Claire Martin", "email", "claire.martin@example.org"));
        item.put("indicators", List.of(Map.of("name", "senior officials trained", "unit", "officials", "target", 40)));
        return item;
    }

    /** Posts the item and returns its id. */
    public String create(String agreementId, Map<String, Object> item) {
        var created = api.post("/api/agreements/" + agreementId + "/actions", item);
        if (created.getStatusCode().value() != 201) {
            throw new IllegalStateException("could not create " + item + ": " + created.getBody());
        }
        return created.getBody().get("id").asString();
    }

    /** The events about an agreement on the actions topic, once at least {@code expected} have arrived. */
    public static List<ConsumerRecord<String, String>> actionEvents(String agreementId, int expected) {
        return TopicRecords.await(bootstrap(), ACTIONS_TOPIC, record -> agreementId.equals(record.key()),
                found -> found.size() >= expected, Duration.ofSeconds(30));
    }

    public static List<String> types(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(record -> TopicRecords.header(record, "ce_type")).toList();
    }

    /**
     * The types of one item's events, in the order they reached the topic: an item's events keep
     * their order, two items' events of one agreement may interleave (their documents are relayed
     * apart).
     */
    public static List<String> types(List<ConsumerRecord<String, String>> records, String actionId) {
        return types(records.stream()
                .filter(record -> actionId.equals(JSON.readTree(record.value()).path("action").path("actionId").asString()))
                .toList());
    }

    public static String bootstrap() {
        return TestInfrastructure.get().kafkaBootstrapServers();
    }
}
