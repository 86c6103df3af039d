package org.entente.agreements.demo;

import java.util.LinkedHashMap;
import java.util.Map;

import org.entente.platform.security.ClientCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;

/**
 * Loads the demo set drawn from the seed documents through the public API, so it produces
 * the same events a user would. Runs when {@code entente.demo.enabled=true} (the run
 * command's {@code --demo}). Loading twice changes nothing: an organization or an agreement
 * that exists already is answered with a 409 and left alone.
 */
@Component
@ConditionalOnBooleanProperty("entente.demo.enabled")
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** What one load created. */
    record Loaded(int organizations, int agreements) {
    }

    private final ClientCredentials client;

    DemoData(ClientCredentials client) {
        this.client = client;
    }

    @EventListener
    void load(ApplicationReadyEvent ready) {
        int port = ((WebServerApplicationContext) ready.getApplicationContext()).getWebServer().getPort();
        Loaded loaded = load(RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBearerAuth(client.accessToken()))
                .defaultStatusHandler(status -> true, (request, response) -> { }).build());
        log.info("Demo data: {} organization(s) and {} agreement(s) created", loaded.organizations(), loaded.agreements());
    }

    Loaded load(RestClient api) {
        Map<String, String> organizationIds = new LinkedHashMap<>();
        int organizationsCreated = 0;
        for (Map<String, Object> organization : DemoSet.ORGANIZATIONS) {
            ResponseEntity<JsonNode> answer = post(api, "/api/organizations", organization);
            organizationsCreated += answer.getStatusCode() == HttpStatus.CREATED ? 1 : 0;
            organizationIds.put((String) organization.get("name"), idOf(answer, organization.get("name")));
        }
        int agreementsCreated = 0;
        for (DemoSet.DemoAgreement agreement : DemoSet.AGREEMENTS) {
            ResponseEntity<JsonNode> answer = post(api, "/api/agreements", agreement.body(organizationIds));
            if (answer.getStatusCode() == HttpStatus.CREATED) {
                agreementsCreated++;
                String id = answer.getBody().get("id").asString();
                for (Map<String, Object> move : agreement.moves()) {
                    expect(post(api, "/api/agreements/" + id + "/status", move), HttpStatus.OK, agreement.code());
                }
                // The visit is logged with its agreement, so a second load (409 above) does not repeat it.
                if (agreement.code().equals(DemoSet.VISITED_AGREEMENT)) {
                    ResponseEntity<JsonNode> visit = post(api, "/api/agreements/" + id + "/delegations",
                            DemoSet.signingVisit(organizationIds));
                    expect(visit, HttpStatus.CREATED, "signing visit");
                    String visitId = visit.getBody().get("id").asString();
                    for (String status : new String[] {"CONFIRMED", "COMPLETED"}) {
                        expect(post(api, "/api/delegations/" + visitId + "/status", Map.of("status", status)),
                                HttpStatus.OK, "signing visit");
                    }
                }
            } else {
                expect(answer, HttpStatus.CONFLICT, agreement.code());
            }
        }
        return new Loaded(organizationsCreated, agreementsCreated);
    }

    private static ResponseEntity<JsonNode> post(RestClient api, String path, Object body) {
        return api.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(JsonNode.class);
    }

    /** The id of what was created, or of what already existed (the 409 names it). */
    private static String idOf(ResponseEntity<JsonNode> answer, Object what) {
        JsonNode body = answer.getBody();
        if (answer.getStatusCode() == HttpStatus.CREATED) {
            return body.get("id").asString();
        }
        if (answer.getStatusCode() == HttpStatus.CONFLICT && body.has("existingId")) {
            return body.get("existingId").asString();
        }
        throw new IllegalStateException("Demo data " + what + " was refused: " + answer.getStatusCode() + " " + body);
    }

    private static void expect(ResponseEntity<JsonNode> answer, HttpStatus status, String what) {
        if (answer.getStatusCode() != status) {
            throw new IllegalStateException("Demo data " + what + ": " + answer.getStatusCode() + " " + answer.getBody());
        }
    }
}
