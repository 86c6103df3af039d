package org.entente.notify.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.entente.notify.Fixtures;
import org.entente.notify.NotifyIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.JsonNode;

class SubscriptionsIT extends NotifyIntegrationTest {

    @Test
    void aCreatedSubscriptionIsReadWithItsVersionButNeverItsWebhookSecret() {
        String subscriber = newId();
        ResponseEntity<JsonNode> created = api.post("/api/subscriptions",
                Fixtures.webhookSubscription(subscriber, "http://127.0.0.1:9/hook", Map.of("countries", List.of("KZ"))));

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getHeaders().getETag()).isEqualTo("\"1\"");
        String id = created.getBody().get("id").asString();
        ResponseEntity<JsonNode> read = api.get("/api/subscriptions/{id}", id);
        assertThat(read.getBody().get("webhook").get("url").asString()).isEqualTo("http://127.0.0.1:9/hook");
        assertThat(read.getBody().get("webhook").get("secretSet").asBoolean()).isTrue();
        assertThat(read.getBody().toString()).doesNotContain(Fixtures.SECRET).doesNotContain("whsec_");
        assertThat(created.getBody().toString()).doesNotContain("whsec_");
        assertThat(read.getBody().get("follow").get("countries").get(0).asString()).isEqualTo("KZ");
        assertThat(read.getBody().get("rhythm").asString()).isEqualTo("IMMEDIATE");
        assertThat(read.getBody().get("subscriber").get("timeZone").asString()).isEqualTo("Asia/Almaty");
    }

    @Test
    void eachSubscriptionGetsAnUnguessableUnsubscribeToken() {
        JsonNode first = Fixtures.create(api, Fixtures.inAppSubscription(newId(), Map.of()));
        JsonNode second = Fixtures.create(api, Fixtures.inAppSubscription(newId(), Map.of()));

        String token = token(first);
        assertThat(token).matches("[A-Za-z0-9_-]{43}"); // 32 random bytes, base64url
        assertThat(token).isNotEqualTo(token(second));
    }

    @Test
    void aSubscribersSubscriptionsAreListed() {
        String subscriber = newId();
        Fixtures.create(api, Fixtures.inAppSubscription(subscriber, Map.of()));
        Fixtures.create(api, Fixtures.emailSubscription(subscriber, "a@example.org", "fr", Map.of()));
        Fixtures.create(api, Fixtures.inAppSubscription(newId(), Map.of()));

        JsonNode page = api.get("/api/subscriptions?subscriberId={id}", subscriber).getBody();

        assertThat(page.get("totalItems").asInt()).isEqualTo(2);
        assertThat(page.get("items").valueStream().map(item -> item.get("subscriber").get("id").asString()))
                .containsOnly(subscriber);
    }

    @Test
    void replacingNeedsIfMatchAndKeepsTheWebhookSecretWhenNoneIsSent() {
        Map<String, Object> body = Fixtures.webhookSubscription(newId(), "http://127.0.0.1:9/hook", Map.of());
        String id = Fixtures.create(api, body).get("id").asString();
        Map<String, Object> replacement = new HashMap<>(body);
        replacement.put("webhook", Map.of("url", "http://127.0.0.1:9/other"));
        replacement.put("follow", Map.of("themes", List.of("leadership")));

        assertThat(put(id, replacement, null).getStatusCode().value()).isEqualTo(428);
        ResponseEntity<JsonNode> replaced = put(id, replacement, "\"1\"");
        assertThat(put(id, replacement, "\"1\"").getStatusCode().value()).isEqualTo(412);

        assertThat(replaced.getStatusCode().value()).isEqualTo(200);
        assertThat(replaced.getHeaders().getETag()).isEqualTo("\"2\"");
        assertThat(replaced.getBody().get("webhook").get("url").asString()).isEqualTo("http://127.0.0.1:9/other");
        assertThat(replaced.getBody().get("webhook").get("secretSet").asBoolean()).isTrue();
        assertThat(replaced.getBody().get("follow").get("themes").get(0).asString()).isEqualTo("leadership");
    }

    @Test
    void deletingNeedsTheCurrentVersion() {
        String id = Fixtures.create(api, Fixtures.inAppSubscription(newId(), Map.of())).get("id").asString();

        assertThat(delete(id, null).getStatusCode().value()).isEqualTo(428);
        assertThat(delete(id, "\"7\"").getStatusCode().value()).isEqualTo(412);
        assertThat(delete(id, "\"1\"").getStatusCode().value()).isEqualTo(204);
        assertThat(api.get("/api/subscriptions/{id}", id).getStatusCode().value()).isEqualTo(404);
        assertThat(delete(id, "\"1\"").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void invalidSubscriptionsAre400sNamingEachField() {
        Map<String, Object> noEmail = Fixtures.emailSubscription(newId(), null, "en", Map.of());
        Map<String, Object> badLanguage = Fixtures.emailSubscription(newId(), "a@example.org", "de", Map.of());
        Map<String, Object> badZone = Fixtures.emailSubscription(newId(), "a@example.org", "en", Map.of());
        ((Map<String, Object>) badZone.get("subscriber")).put("timeZone", "Mars/Olympus");
        Map<String, Object> badFilters = Fixtures.inAppSubscription(newId(), Map.of(
                "countries", List.of("France"), "themes", List.of("Digital Transformation"),
                "eventTypes", List.of("entente.agreement.signed.v1")));
        Map<String, Object> noChannel = Fixtures.inAppSubscription(newId(), Map.of());
        noChannel.put("channels", List.of());
        Map<String, Object> unknownChannel = Fixtures.inAppSubscription(newId(), Map.of());
        unknownChannel.put("channels", List.of("PIGEON"));
        Map<String, Object> webhookWithoutUrl = Fixtures.inAppSubscription(newId(), Map.of());
        webhookWithoutUrl.put("channels", List.of("WEBHOOK"));
        Map<String, Object> badWebhook = Fixtures.webhookSubscription(newId(), "ftp://example.org/x", Map.of());
        badWebhook.put("webhook", Map.of("url", "ftp://example.org/x", "secret", "hunter2"));
        Map<String, Object> digestWithoutEmail = Fixtures.inAppSubscription(newId(), Map.of());
        digestWithoutEmail.put("rhythm", "DAILY_DIGEST");
        Map<String, Object> noSubscriber = Fixtures.inAppSubscription(newId(), Map.of());
        noSubscriber.remove("subscriber");

        assertThat(fields(noEmail)).containsExactly("subscriber.email");
        assertThat(fields(badLanguage)).containsExactly("subscriber.language");
        assertThat(fields(badZone)).containsExactly("subscriber.timeZone");
        assertThat(fields(badFilters)).containsExactlyInAnyOrder("follow.countries[0]", "follow.themes[0]",
                "follow.eventTypes[0]");
        assertThat(fields(noChannel)).containsExactly("channels");
        assertThat(fields(unknownChannel)).containsExactly("channels[0]");
        assertThat(fields(webhookWithoutUrl)).containsExactly("webhook");
        assertThat(fields(badWebhook)).containsExactlyInAnyOrder("webhook.url", "webhook.secret");
        assertThat(fields(digestWithoutEmail)).containsExactly("rhythm");
        assertThat(fields(noSubscriber)).containsExactly("subscriber");
        assertThat(api.get("/api/subscriptions").getBody().get("errors").findValuesAsString("field"))
                .containsExactly("subscriberId");
    }

    @Test
    void oversizedTextAndListsAre400sNamingTheFieldAndTheLimit() {
        Map<String, Object> longName = Fixtures.inAppSubscription(newId(), Map.of());
        ((Map<String, Object>) longName.get("subscriber")).put("name", "x".repeat(201));
        Map<String, Object> manyAgreements = Fixtures.inAppSubscription(newId(), Map.of("agreementIds",
                java.util.stream.IntStream.rangeClosed(1, 101).mapToObj(i -> "agreement-" + i).toList()));
        // Well-formed as an action type actions-service could publish, but far too long to be one.
        Map<String, Object> longType = Fixtures.inAppSubscription(newId(), Map.of("eventTypes",
                List.of("entente.action." + "x".repeat(100_000) + ".v1")));

        ResponseEntity<JsonNode> name = api.post("/api/subscriptions", longName);
        ResponseEntity<JsonNode> agreements = api.post("/api/subscriptions", manyAgreements);
        ResponseEntity<JsonNode> types = api.get("/api/timeline?types={types}",
                String.join(",", java.util.Collections.nCopies(51, "entente.agreement.created.v1")));

        assertThat(fields(longName)).containsExactly("subscriber.name");
        assertThat(name.getBody().get("errors").get(0).get("message").asString()).isEqualTo("size must be between 0 and 200");
        assertThat(fields(manyAgreements)).containsExactly("follow.agreementIds");
        assertThat(agreements.getBody().get("errors").get(0).get("message").asString()).isEqualTo("size must be between 0 and 100");
        assertThat(fields(longType)).containsExactly("follow.eventTypes[0]");
        assertThat(types.getStatusCode().value()).isEqualTo(400);
        assertThat(types.getBody().get("errors").findValuesAsString("field")).containsExactly("types");
        assertThat(types.getBody().get("errors").get(0).get("message").asString()).isEqualTo("size must be between 0 and 50");
    }

    @Test
    void webhooksToAddressesThatAreNotPublicAre422sNamingTheUrlAndTheRule() {
        // Literal addresses (and localhost, from the hosts file): no DNS needed. Tests allow only 127.0.0.1.
        Map<String, String> refused = Map.of(
                "https://169.254.169.254/latest/meta-data/", "link-local",
                "https://[fe80::1]/hook", "link-local",
                "https://10.0.0.1/hook", "private",
                "https://192.168.1.20:8443/hook", "private",
                "https://[fd00::1]/hook", "private",
                "https://100.64.0.1/hook", "carrier-grade NAT",
                "https://0.0.0.0/hook", "unspecified",
                "https://localhost:9/hook", "loopback",
                "https://metadata.google.internal/computeMetadata/v1/", "metadata",
                "https://nowhere.invalid/hook", "cannot be resolved");

        refused.forEach((url, rule) -> {
            ResponseEntity<JsonNode> answer = api.post("/api/subscriptions", Fixtures.webhookSubscription(newId(), url, Map.of()));
            assertThat(answer.getStatusCode().value()).as(url).isEqualTo(422);
            assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
            assertThat(answer.getBody().get("errors").get(0).get("field").asString()).isEqualTo("webhook.url");
            assertThat(answer.getBody().get("errors").get(0).get("message").asString()).as(url).contains(rule);
        });
    }

    @Test
    void aReplacementCannotPointAWebhookAtAnInternalAddress() {
        Map<String, Object> body = Fixtures.webhookSubscription(newId(), "http://127.0.0.1:9/hook", Map.of());
        String id = Fixtures.create(api, body).get("id").asString();
        Map<String, Object> replacement = new HashMap<>(body);
        replacement.put("webhook", Map.of("url", "http://169.254.169.254/latest/meta-data/"));

        ResponseEntity<JsonNode> answer = put(id, replacement, "\"1\"");

        assertThat(answer.getStatusCode().value()).isEqualTo(422);
        assertThat(answer.getBody().get("errors").findValuesAsString("field")).containsExactly("webhook.url");
        assertThat(api.get("/api/subscriptions/{id}", id).getBody().get("webhook").get("url").asString())
                .isEqualTo("http://127.0.0.1:9/hook");
    }

    private List<String> fields(Map<String, Object> body) {
        ResponseEntity<JsonNode> answer = api.post("/api/subscriptions", body);
        assertThat(answer.getStatusCode().value()).as(answer.getBody().toString()).isEqualTo(400);
        return new ArrayList<>(answer.getBody().get("errors").findValuesAsString("field"));
    }

    private ResponseEntity<JsonNode> put(String id, Map<String, Object> body, String ifMatch) {
        return api.send(HttpMethod.PUT, "/api/subscriptions/" + id, body, headers -> {
            if (ifMatch != null) {
                headers.setIfMatch(ifMatch);
            }
        });
    }

    private ResponseEntity<JsonNode> delete(String id, String ifMatch) {
        return api.send(HttpMethod.DELETE, "/api/subscriptions/" + id, null, headers -> {
            if (ifMatch != null) {
                headers.setIfMatch(ifMatch);
            }
        });
    }

    private static String token(JsonNode subscription) {
        String url = subscription.get("unsubscribeUrl").asString();
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
