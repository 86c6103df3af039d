package org.entente.benchmark;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;

/**
 * Timeline reads with a large timeline stored: the entries are written straight into
 * notify-service's database (as its consumer would), then pages are read over HTTP, and
 * the same pages straight from MongoDB as the limit underneath.
 */
final class TimelineReads {

    private static final Pattern NEXT = Pattern.compile("\"next\":\"([^\"]+)\"");

    private TimelineReads() {
    }

    record Result(Latencies http, Latencies mongo, int entries) {
    }

    static Result measure(MongoClient client, String notifyUrl, int entries, int pages) {
        MongoCollection<Document> timeline = client.getDatabase("notify").getCollection("timeline");
        String agreementId = "bench-" + UUID.randomUUID();
        long base = System.currentTimeMillis() - entries * 1000L;
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            batch.add(new Document("_id", agreementId + "-" + i)
                    .append("agreementId", agreementId)
                    .append("type", "entente.agreement.updated.v1")
                    .append("occurredAt", new Date(base + i * 1000L))
                    .append("source", "/entente/benchmark")
                    .append("data", new Document("agreement", new Document("code", "BENCH").append("version", i + 1))
                            .append("changedFields", List.of("summary")))
                    .append("recordedAt", new Date(base + i * 1000L)));
            if (batch.size() == 5_000) {
                timeline.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            timeline.insertMany(batch);
        }

        Http http = new Http();
        Latencies overHttp = new Latencies();
        String after = null;
        for (int page = 0; page < pages; page++) {
            // Every tenth read starts again from the first page; the others follow the cursor deeper.
            String cursor = page % 10 == 0 ? null : after;
            Http.Answer answer = http.send("GET", notifyUrl + "/api/agreements/" + agreementId + "/timeline?limit=50"
                    + (cursor == null ? "" : "&after=" + cursor), null, null);
            overHttp.add(answer.nanos());
            Matcher next = NEXT.matcher(answer.body());
            after = next.find() ? next.group(1) : null;
        }
        Latencies direct = new Latencies();
        for (int page = 0; page < pages; page++) {
            long start = System.nanoTime();
            List<Document> found = timeline.find(Filters.and(Filters.eq("agreementId", agreementId),
                            Filters.gt("occurredAt", new Date(base + (page % 100) * (entries / 100) * 1000L))))
                    .sort(Sorts.ascending("occurredAt", "_id")).limit(51).into(new ArrayList<>());
            direct.add(System.nanoTime() - start);
            if (found.isEmpty()) {
                throw new IllegalStateException("no entries read back");
            }
        }
        timeline.deleteMany(Filters.eq("agreementId", agreementId));
        return new Result(overHttp, direct, entries);
    }

    static Map<String, Object> describe(Result result) {
        return Map.of("entriesStored", result.entries(), "http", result.http().summary(), "mongo", result.mongo().summary());
    }
}
