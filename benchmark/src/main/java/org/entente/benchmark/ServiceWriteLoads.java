package org.entente.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;

/**
 * The same steady load on the other two services' writes: on actions-service, new action
 * items and progress entries on them (half each); on notify-service, new subscriptions.
 */
final class ServiceWriteLoads {

    private static final Pattern ID = Pattern.compile("^\\{\"id\":\"([^\"]+)\"");

    private ServiceWriteLoads() {
    }

    /** Items and progress on one agreement's plan (registered on agreements-service first). */
    static SteadyLoad.Result actions(String agreementsUrl, String actionsUrl, int rate, Duration duration)
            throws InterruptedException {
        Http http = new Http();
        String agreementId = id(http.send("POST", agreementsUrl + "/api/agreements", """
                {"code": "BENCH-PLAN-%s", "kind": "MOU", "title": {"fr": "Plan de banc d'essai", "en": "Benchmark plan"},
                 "parties": [{"organizationId": "%s", "role": "SIGNATORY"}]}
                """.formatted(UUID.randomUUID(), id(http.send("POST", agreementsUrl + "/api/organizations", """
                {"name": "Benchmark plan %s", "country": "FR", "type": "OTHER"}""".formatted(UUID.randomUUID()), null))),
                null));
        List<String> items = java.util.Collections.synchronizedList(new ArrayList<>());
        return SteadyLoad.run(rate, duration, n -> {
            if (n % 2 == 0 || items.isEmpty()) {
                Http.Answer created = http.send("POST", actionsUrl + "/api/agreements/" + agreementId + "/actions", """
                        {"reference": "B-%d", "title": "Benchmark item %d", "category": "TRAINING"}""".formatted(n, n), null);
                Matcher matcher = ID.matcher(created.body());
                if (created.status() == 201 && matcher.find()) {
                    items.add(matcher.group(1));
                }
                return created;
            }
            String item = items.get(n % items.size());
            return http.send("POST", actionsUrl + "/api/actions/" + item + "/progress",
                    "{\"note\": \"benchmark entry " + n + "\"}", null);
        });
    }

    /** In-app subscriptions, each following one country. */
    static SteadyLoad.Result notify(String notifyUrl, int rate, Duration duration) throws InterruptedException {
        Http http = new Http();
        return SteadyLoad.run(rate, duration, n -> http.send("POST", notifyUrl + "/api/subscriptions", """
                {"subscriber": {"id": "bench-%s", "name": "Benchmark %d"}, "follow": {"countries": ["KZ"]},
                 "channels": ["IN_APP"]}""".formatted(UUID.randomUUID(), n), null));
    }

    /** Removes what {@link #notify} subscribed, recognised by the subscriber's name. */
    static void removeNotifySubscriptions(MongoClient mongo) {
        mongo.getDatabase("notify").getCollection("subscriptions").deleteMany(Filters.regex("subscriber.name", "^Benchmark \\d+$"));
    }

    private static String id(Http.Answer answer) {
        Matcher matcher = ID.matcher(answer.body());
        if (!matcher.find()) {
            throw new IllegalStateException("could not create: " + answer.status() + " " + answer.body());
        }
        return matcher.group(1);
    }
}
