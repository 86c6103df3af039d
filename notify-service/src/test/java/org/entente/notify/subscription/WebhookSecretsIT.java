package org.entente.notify.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.notify.AgreementEvents;
import org.entente.notify.Fixtures;
import org.entente.notify.NotifyIntegrationTest;
import org.entente.notify.WebhookReceiver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.JsonNode;

/**
 * A webhook secret goes in and is used to sign, but never comes out: not in any answer of
 * the API (subscriptions, lists, deliveries, errors) and not in the logs of the whole run.
 */
@ExtendWith(OutputCaptureExtension.class)
class WebhookSecretsIT extends NotifyIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    final List<ResponseEntity<JsonNode>> answers = new ArrayList<>();

    @Test
    void theSecretAppearsInNoAnswerAndNoLogLine(CapturedOutput output) {
        String secret = secret("a secret only this test knows!!!");
        String replacementSecret = secret("and the one that replaces it...");
        String agreementId = newId();
        String subscriber = newId();
        try (WebhookReceiver receiver = new WebhookReceiver(request -> request == 1 ? 500 : 204)) {
            Map<String, Object> body = subscription(subscriber, receiver.url(), secret, agreementId);
            ResponseEntity<JsonNode> created = keep(api.send(HttpMethod.POST, "/api/subscriptions", body,
                    headers -> headers.add("Idempotency-Key", newId())));
            assertThat(created.getStatusCode().value()).isEqualTo(201);
            String id = created.getBody().get("id").asString();

            // Refusals that carry the secret: a bad field beside it, an internal address, a bad shape.
            Map<String, Object> invalid = subscription(subscriber, receiver.url(), secret, agreementId);
            invalid.put("rhythm", "HOURLY");
            assertThat(keep(api.post("/api/subscriptions", invalid)).getStatusCode().value()).isEqualTo(400);
            Map<String, Object> internal = subscription(subscriber, "https://169.254.169.254/", secret, agreementId);
            assertThat(keep(api.post("/api/subscriptions", internal)).getStatusCode().value()).isEqualTo(422);
            Map<String, Object> misshapen = subscription(subscriber, receiver.url(), secret, agreementId);
            misshapen.put("webhook", Map.of("url", receiver.url(), "secret", List.of(secret)));
            assertThat(keep(api.post("/api/subscriptions", misshapen)).getStatusCode().value()).isEqualTo(400);

            // Reads, a replacement with a new secret, the list.
            keep(api.get("/api/subscriptions/{id}", id));
            Map<String, Object> replacement = subscription(subscriber, receiver.url(), replacementSecret, agreementId);
            assertThat(keep(api.send(HttpMethod.PUT, "/api/subscriptions/" + id, replacement,
                    headers -> headers.setIfMatch("\"1\""))).getStatusCode().value()).isEqualTo(200);
            keep(api.get("/api/subscriptions?subscriberId={s}", subscriber));

            // A delivery that fails once, then succeeds; another refused at send time (logged as dead).
            String refusedId = Fixtures.create(api, subscription(subscriber, receiver.url(), secret, agreementId))
                    .get("id").asString();
            mongo.updateFirst(Query.query(Criteria.where("_id").is(refusedId)),
                    Update.update("webhook.url", receiver.url().replace("127.0.0.1", "localhost")), "subscriptions");
            publish("entente.agreement.created.v1", agreementId, Instant.now(), AgreementEvents.created(
                    AgreementEvents.snapshot(agreementId, 1, "INSP-KZ-2025-01", List.of(newId(), newId()),
                            List.of("FR", "KZ"), List.of("leadership"), "PUBLIC")));
            await().atMost(WAIT).until(() -> status(id).equals(List.of("SENT")) && status(refusedId).equals(List.of("DEAD")));
            keep(api.get("/api/deliveries?subscriptionId={id}", id));
            keep(api.get("/api/deliveries?subscriptionId={id}", refusedId));
            String deliveryId = answers.get(answers.size() - 1).getBody().get("items").get(0).get("id").asString();
            keep(api.get("/api/deliveries/{id}", deliveryId));
            assertThat(receiver.received()).hasSize(2);
        }

        assertThat(output.getAll()).as("the log captured this test's refused delivery").contains("is dead, refused");
        for (String known : List.of(secret, replacementSecret)) {
            String key = known.substring("whsec_".length());
            assertThat(output.getAll()).doesNotContain(key);
            assertThat(answers).allSatisfy(answer -> assertThat(String.valueOf(answer.getBody())).doesNotContain(key));
        }
    }

    private ResponseEntity<JsonNode> keep(ResponseEntity<JsonNode> answer) {
        answers.add(answer);
        return answer;
    }

    private List<String> status(String subscriptionId) {
        return keep(api.get("/api/deliveries?subscriptionId={id}", subscriptionId)).getBody().get("items").valueStream()
                .map(item -> item.get("status").asString()).toList();
    }

    private static String secret(String thirtyTwoBytes) {
        return "whsec_" + Base64.getEncoder().encodeToString(thirtyTwoBytes.getBytes());
    }

    private static Map<String, Object> subscription(String subscriber, String url, String secret, String agreementId) {
        Map<String, Object> body = new HashMap<>(Fixtures.webhookSubscription(subscriber, url,
                Map.of("agreementIds", List.of(agreementId))));
        body.put("webhook", Map.of("url", url, "secret", secret));
        return body;
    }
}
