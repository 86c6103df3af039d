package org.entente.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;

/**
 * Fan-out: one event about an agreement followed by N in-app subscriptions becomes N
 * notifications. Subscriptions are added over HTTP up to each N; then one edit of the
 * agreement is timed from its 2xx to the last of its N notifications stored.
 */
final class FanOut {

    private static final Pattern ID = Pattern.compile("^\\{\"id\":\"([^\"]+)\"");

    private FanOut() {
    }

    static Map<String, Object> measure(MongoClient mongo, String agreementsUrl, String notifyUrl, List<Integer> sizes)
            throws InterruptedException {
        Http http = new Http();
        String french = id(http.send("POST", agreementsUrl + "/api/organizations", """
                {"name": "Fan-out %s", "country": "FR", "type": "OTHER"}""".formatted(UUID.randomUUID()), null));
        String agreement = id(http.send("POST", agreementsUrl + "/api/agreements", """
                {"code": "FANOUT-%s", "kind": "MOU", "title": {"fr": "Diffusion", "en": "Fan-out"},
                 "parties": [{"organizationId": "%s", "role": "SIGNATORY"}]}""".formatted(UUID.randomUUID(), french), null));
        MongoCollection<Document> deliveries = mongo.getDatabase("notify").getCollection("deliveries");
        // Subscribe only once notify-service has handled the agreement's creation: caught up with
        // the earlier loads, and that event fanned out to nobody, so only the timed edit counts.
        MongoCollection<Document> timeline = mongo.getDatabase("notify").getCollection("timeline");
        long caughtUp = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (timeline.countDocuments(Filters.eq("agreementId", agreement)) == 0 && System.nanoTime() < caughtUp) {
            TimeUnit.SECONDS.sleep(1); // notify-service is still working through the earlier load (each look reads the timeline)
        }
        Map<String, Object> results = new LinkedHashMap<>();
        int subscribed = 0;
        for (int size : sizes) {
            long started = System.nanoTime();
            subscribe(http, notifyUrl, agreement, subscribed, size);
            double subscribeSeconds = (System.nanoTime() - started) / 1e9;
            int added = size - subscribed;
            subscribed = size;

            long before = deliveries.estimatedDocumentCount();
            String etag = http.send("GET", agreementsUrl + "/api/agreements/" + agreement, null, null).etag();
            Http.Answer edit = http.send("PATCH", agreementsUrl + "/api/agreements/" + agreement,
                    "{\"summary\": \"fan-out to " + size + "\"}", etag);
            Instant acknowledged = Instant.now();
            if (edit.status() != 200) {
                throw new IllegalStateException("edit refused: " + edit.status() + " " + edit.body());
            }
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            var fromThisEdit = Filters.and(Filters.eq("agreementId", agreement), Filters.eq("channel", "IN_APP"),
                    Filters.gte("createdAt", Date.from(acknowledged.minusSeconds(1))));
            // Watched by the collection's size, which the store keeps: counting this edit's
            // notifications would read every delivery five times a second and slow the fan-out.
            while (deliveries.estimatedDocumentCount() - before < size && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(200); // the fan-out is still writing; look again
            }
            long stored = deliveries.countDocuments(fromThisEdit);
            Document last = deliveries.find(fromThisEdit).sort(Sorts.descending("createdAt")).limit(1).first();
            double seconds = last == null ? Double.NaN
                    : Duration.between(acknowledged, last.getDate("createdAt").toInstant()).toNanos() / 1e9;
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("notificationsStored", stored);
            result.put("secondsFromWriteToLastNotification", Latencies.round(seconds));
            result.put("notificationsPerSecond", Latencies.round(stored / seconds));
            result.put("subscriptionsAddedPerSecondOverHttp", Latencies.round(added / subscribeSeconds));
            results.put("n" + size, result);
        }
        // Leave the register as the later steps expect it: the inbox and the matching read these
        // collections whole on the embedded store, so 61,000 benchmark rows would be their cost.
        deliveries.deleteMany(Filters.eq("agreementId", agreement));
        mongo.getDatabase("notify").getCollection("subscriptions").deleteMany(Filters.eq("match.agreements", agreement));
        return results;
    }

    private static void subscribe(Http http, String notifyUrl, String agreement, int from, int to)
            throws InterruptedException {
        ExecutorService clients = Executors.newFixedThreadPool(16);
        AtomicInteger refused = new AtomicInteger();
        for (int i = from; i < to; i++) {
            int n = i;
            clients.execute(() -> {
                Http.Answer answer = http.send("POST", notifyUrl + "/api/subscriptions", """
                        {"subscriber": {"id": "bench-%d", "name": "Reader %d", "language": "en", "timeZone": "UTC"},
                         "follow": {"agreementIds": ["%s"]}, "channels": ["IN_APP"]}""".formatted(n, n, agreement), null);
                if (answer.status() != 201) {
                    refused.incrementAndGet();
                }
            });
        }
        clients.shutdown();
        clients.awaitTermination(30, TimeUnit.MINUTES);
        if (refused.get() > 0) {
            throw new IllegalStateException(refused.get() + " subscriptions were refused");
        }
    }

    private static String id(Http.Answer answer) {
        Matcher matcher = ID.matcher(answer.body());
        if (!matcher.find()) {
            throw new IllegalStateException("not created: " + answer.status() + " " + answer.body());
        }
        return matcher.group(1);
    }
}
