package org.entente.notify;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.localstack.test.TestApi;

import tools.jackson.databind.JsonNode;

/** Subscriptions as tests create them. */
public final class Fixtures {

    public static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(
            "a test secret of 32 bytes long!!".getBytes());

    private Fixtures() {
    }

    public static Map<String, Object> subscriber(String id, String email, String language) {
        Map<String, Object> subscriber = new LinkedHashMap<>();
        subscriber.put("id", id);
        subscriber.put("name", "Aigerim Bekova");
        subscriber.put("email", email);
        subscriber.put("language", language);
        subscriber.put("timeZone", "Asia/Almaty");
        return subscriber;
    }

    /** An e-mail subscription following one agreement, immediately. */
    public static Map<String, Object> emailSubscription(String subscriberId, String email, String language, Map<String, Object> follow) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subscriber", subscriber(subscriberId, email, language));
        body.put("follow", follow);
        body.put("channels", new ArrayList<>(List.of("EMAIL")));
        body.put("rhythm", "IMMEDIATE");
        return body;
    }

    public static Map<String, Object> webhookSubscription(String subscriberId, String url, Map<String, Object> follow) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subscriber", subscriber(subscriberId, null, "en"));
        body.put("follow", follow);
        body.put("channels", List.of("WEBHOOK"));
        body.put("webhook", Map.of("url", url, "secret", SECRET));
        return body;
    }

    public static Map<String, Object> inAppSubscription(String subscriberId, Map<String, Object> follow) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subscriber", subscriber(subscriberId, null, "en"));
        body.put("follow", follow);
        body.put("channels", List.of("IN_APP"));
        return body;
    }

    public static JsonNode create(TestApi api, Map<String, Object> subscription) {
        var created = api.post("/api/subscriptions", subscription);
        if (created.getStatusCode().value() != 201) {
            throw new AssertionError("subscription not created: " + created.getBody());
        }
        return created.getBody();
    }
}
