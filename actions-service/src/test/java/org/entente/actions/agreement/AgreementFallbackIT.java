package org.entente.actions.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.actions.Fixtures.item;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.entente.actions.Fixtures;
import org.entente.localstack.test.IntegrationTest;
import org.entente.localstack.test.TestApi;
import org.entente.platform.replica.AgreementReplica;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;

/**
 * An agreement the replica has not seen: asked of agreements-service once. A JDK HTTP server
 * stands in for agreements-service here (this path only), answering what it is given.
 */
@IntegrationTest
class AgreementFallbackIT {

    /** Agreement JSON by id, as agreements-service would answer GET /api/agreements/{id}. */
    static final Map<String, String> AGREEMENTS = new ConcurrentHashMap<>();
    static final Map<String, Integer> CALLS = new ConcurrentHashMap<>();
    static HttpServer agreementsService = start(0);

    @DynamicPropertySource
    static void agreementsService(DynamicPropertyRegistry properties) {
        properties.add("entente.agreements-service.url",
                () -> "http://127.0.0.1:" + agreementsService.getAddress().getPort());
        properties.add("entente.agreements-service.timeout", () -> "PT1S");
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    TestApi api;

    @BeforeEach
    void setUp() {
        api = new TestApi(port);
    }

    @AfterAll
    static void stop() {
        agreementsService.stop(0);
    }

    @Test
    void anAgreementUnknownToTheReplicaIsAskedOnceKeptAndTheItemAdded() {
        String agreementId = UUID.randomUUID().toString();
        AGREEMENTS.put(agreementId, """
                {"id": "%s", "version": 4, "code": "INSP-KZ-FALLBACK", "kind": "MOU",
                 "title": {"fr": "Mémorandum", "en": "Memorandum"}, "themes": ["leadership"], "status": "ACTIVE",
                 "parties": [{"organizationId": "o1", "organizationName": "INSP", "country": "FR", "role": "SIGNATORY"},
                             {"organizationId": "o2", "organizationName": "ACSA", "country": "KZ", "role": "SIGNATORY"}],
                 "confidentiality": "PUBLIC"}""".formatted(agreementId));

        ResponseEntity<JsonNode> first = api.post("/api/agreements/" + agreementId + "/actions", item("F-1"));
        ResponseEntity<JsonNode> second = api.post("/api/agreements/" + agreementId + "/actions", item("F-2"));

        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(second.getStatusCode().value()).isEqualTo(201);
        assertThat(CALLS.get(agreementId)).isEqualTo(1);
        AgreementReplica replica = mongo.findById(agreementId, AgreementReplica.class, AgreementReplica.COLLECTION);
        assertThat(replica.version()).isEqualTo(4);
        assertThat(replica.code()).isEqualTo("INSP-KZ-FALLBACK");
        assertThat(replica.countries()).containsExactly("FR", "KZ");
    }

    @Test
    void anAgreementAgreementsServiceDoesNotKnowEitherIsA404() {
        ResponseEntity<JsonNode> answer = api.post("/api/agreements/" + UUID.randomUUID() + "/actions", item("F-1"));

        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(answer.getBody().get("title").asString()).isEqualTo("Agreement not found");
    }

    @Test
    void anUnknownAgreementWhileAgreementsServiceIsDownIsA503WithRetryAfter() {
        int agreementsPort = agreementsService.getAddress().getPort();
        agreementsService.stop(0);
        try {
            ResponseEntity<JsonNode> answer = api.post("/api/agreements/" + UUID.randomUUID() + "/actions", item("F-1"));

            assertThat(answer.getStatusCode().value()).isEqualTo(503);
            assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
            assertThat(answer.getBody().get("detail").asString()).contains("agreements-service");
        } finally {
            agreementsService = start(agreementsPort);
        }
    }

    @Test
    void anAgreementKnownFromEventsIsNotAskedFor() {
        String agreementId = new Fixtures(api, mongo).agreement();

        assertThat(api.post("/api/agreements/" + agreementId + "/actions", item("F-1")).getStatusCode().value())
                .isEqualTo(201);
        assertThat(CALLS).doesNotContainKey(agreementId);
    }

    private static HttpServer start(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/api/agreements/", exchange -> {
                String id = exchange.getRequestURI().getPath().substring("/api/agreements/".length());
                CALLS.merge(id, 1, Integer::sum);
                String body = AGREEMENTS.get(id);
                byte[] bytes = (body != null ? body : "{\"title\": \"Agreement not found\", \"status\": 404}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", body != null ? "application/json" : "application/problem+json");
                exchange.sendResponseHeaders(body != null ? 200 : 404, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
