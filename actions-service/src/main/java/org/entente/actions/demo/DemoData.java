package org.entente.actions.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.entente.actions.agreement.AgreementDirectory;
import org.entente.platform.replica.AgreementReplica;
import org.entente.platform.security.ClientCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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
 * Loads the demo action plans through the public API, so they produce the same events a user
 * would. Runs when {@code entente.demo.enabled=true}. The agreements come from agreements-service's
 * own demo load, through its events: the loader waits (in the background, bounded) until the
 * replica knows their codes. Loading twice changes nothing: an item whose reference is already
 * in its plan is left alone.
 */
@Component
@ConditionalOnBooleanProperty("entente.demo.enabled")
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final Duration POLL = Duration.ofSeconds(1);

    /** What one load created. */
    record Loaded(int items, int plansMissing) {
    }

    private final AgreementDirectory agreements;
    private final ClientCredentials client;
    private final Duration wait;
    private final Clock clock;

    DemoData(AgreementDirectory agreements, ClientCredentials client, Clock clock,
             @Value("${entente.demo.wait:PT60S}") Duration wait) {
        this.agreements = agreements;
        this.client = client;
        this.clock = clock;
        this.wait = wait;
    }

    @EventListener
    void load(ApplicationReadyEvent ready) {
        int port = ((WebServerApplicationContext) ready.getApplicationContext()).getWebServer().getPort();
        RestClient api = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBearerAuth(client.accessToken()))
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
        // The agreements may take a while to arrive: wait off the startup thread, so the service is ready meanwhile.
        Thread loader = new Thread(() -> {
            try {
                Loaded loaded = load(api, awaitAgreements());
                log.info("Demo data: {} action item(s) created; {} plan(s) skipped, their agreement unknown",
                        loaded.items(), loaded.plansMissing());
            } catch (RuntimeException e) {
                log.error("Demo data could not be loaded", e);
            }
        }, "demo-data");
        loader.setDaemon(true);
        loader.start();
    }

    /** The demo agreements' ids by code, as soon as the replica knows all of them or the wait is over. */
    Map<String, String> awaitAgreements() {
        Instant deadline = clock.instant().plus(wait);
        Map<String, String> ids = new LinkedHashMap<>();
        while (true) {
            for (DemoSet.DemoPlan plan : DemoSet.PLANS) {
                agreements.findByCode(plan.agreementCode()).map(AgreementReplica::id)
                        .ifPresent(id -> ids.put(plan.agreementCode(), id));
            }
            if (ids.size() == DemoSet.PLANS.size() || clock.instant().isAfter(deadline)) {
                return ids;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ids;
            }
        }
    }

    Loaded load(RestClient api, Map<String, String> agreementIds) {
        int created = 0;
        int missing = 0;
        for (DemoSet.DemoPlan plan : DemoSet.PLANS) {
            String agreementId = agreementIds.get(plan.agreementCode());
            if (agreementId == null) {
                missing++;
                log.warn("Demo data: agreement {} is not known here; its action plan is skipped", plan.agreementCode());
                continue;
            }
            Map<String, String> idsByReference = existing(api, agreementId);
            Set<String> before = new HashSet<>(idsByReference.keySet());
            for (DemoSet.DemoItem item : plan.items()) {
                if (before.contains(item.reference())) {
                    continue;
                }
                Map<String, Object> body = new HashMap<>(item.body());
                body.put("reference", item.reference());
                body.put("dependsOn", item.dependsOnReferences().stream().map(idsByReference::get).toList());
                ResponseEntity<JsonNode> answer = post(api, "/api/agreements/" + agreementId + "/actions", body);
                expect(answer, HttpStatus.CREATED, item.reference());
                String id = answer.getBody().get("id").asString();
                idsByReference.put(item.reference(), id);
                created++;
                for (DemoSet.Step step : item.steps()) {
                    ResponseEntity<JsonNode> done = post(api, "/api/actions/" + id + step.path(), step.body());
                    expect(done, step.path().equals("/progress") ? HttpStatus.CREATED : HttpStatus.OK, item.reference());
                }
            }
        }
        return new Loaded(created, missing);
    }

    private static Map<String, String> existing(RestClient api, String agreementId) {
        JsonNode page = api.get().uri("/api/agreements/{id}/actions?size=100", agreementId).retrieve().body(JsonNode.class);
        Map<String, String> ids = new HashMap<>();
        Optional.ofNullable(page).map(body -> body.get("items")).ifPresent(items -> items.forEach(item ->
                ids.put(item.get("reference").asString(), item.get("id").asString())));
        return ids;
    }

    private static ResponseEntity<JsonNode> post(RestClient api, String path, Object body) {
        return api.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(JsonNode.class);
    }

    private static void expect(ResponseEntity<JsonNode> answer, HttpStatus status, String what) {
        if (answer.getStatusCode() != status) {
            throw new IllegalStateException("Demo data " + what + ": " + answer.getStatusCode() + " " + answer.getBody());
        }
    }
}
