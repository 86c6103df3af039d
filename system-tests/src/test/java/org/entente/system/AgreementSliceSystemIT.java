package org.entente.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.entente.localstack.LocalSystem;
import org.entente.localstack.Settings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The thin slice through the whole system, started the way the run command starts it:
 * Kafka, MongoDB, SMTP and the three services as separate processes, driven over HTTP.
 */
class AgreementSliceSystemIT {

    @TempDir
    static Path data;

    static LocalSystem system;
    static final HttpClient http = HttpClient.newHttpClient();
    static final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void startTheSystem() {
        system = new LocalSystem(Settings.isolated(Path.of("..").toAbsolutePath().normalize(), data), false).start();
    }

    @AfterAll
    static void stopTheSystem() {
        List<ProcessHandle> children = ProcessHandle.current().children().toList();

        system.close();

        assertThat(children).as("every process the system started").isNotEmpty()
                .allSatisfy(child -> assertThat(child.isAlive()).as("process %d still alive", child.pid()).isFalse());
    }

    @Test
    void anAgreementPostedOverHttpReachesTheActionsReplicaAndTheTimeline() throws Exception {
        String code = "INSP-KZ-" + UUID.randomUUID();
        String insp = id(post("agreements-service", "/api/organizations", """
                {"name": "Institut national du service public %s", "acronym": "INSP", "country": "FR",
                 "type": "SCHOOL_OR_ACADEMY"}""".formatted(code)));
        String agency = id(post("agreements-service", "/api/organizations", """
                {"name": "Agency for Civil Service Affairs %s", "country": "KZ", "type": "GOVERNMENT_AGENCY"}
                """.formatted(code)));
        HttpResponse<String> created = post("agreements-service", "/api/agreements", """
                {"code": "%s", "kind": "MOU",
                 "title": {"fr": "Mémorandum d'entente", "en": "Memorandum of understanding"},
                 "parties": [{"organizationId": "%s", "role": "SIGNATORY"},
                             {"organizationId": "%s", "role": "SIGNATORY"}]}
                """.formatted(code, insp, agency));
        assertThat(created.statusCode()).isEqualTo(201);
        String id = json.readTree(created.body()).get("id").asString();

        JsonNode entries = await().atMost(Duration.ofSeconds(30)).until(() -> timeline(id), found -> found.size() == 1);
        assertThat(entries.get(0).get("type").asString()).isEqualTo("entente.agreement.created.v1");
        assertThat(entries.get(0).get("summary").asString()).contains(code);

        try (MongoClient mongo = MongoClients.create(system.settings().mongoUri("actions"))) {
            Document replica = await().atMost(Duration.ofSeconds(30)).until(() -> mongo.getDatabase("actions")
                    .getCollection("agreements").find(new Document("_id", id)).first(), found -> found != null);
            assertThat(replica.getString("code")).isEqualTo(code);
            assertThat(replica.getList("countries", String.class)).containsExactly("FR", "KZ");
        }
    }

    private static HttpResponse<String> post(String service, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(service) + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String id(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asString();
    }

    private static JsonNode timeline(String agreementId) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(
                URI.create(url("notify-service") + "/api/agreements/" + agreementId + "/timeline")).build(),
                HttpResponse.BodyHandlers.ofString());
        return json.readTree(page.body()).get("entries");
    }

    private static String url(String service) {
        return system.services().stream().filter(s -> s.name().equals(service)).findFirst().orElseThrow().url();
    }
}
