package org.entente.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;

/**
 * End-to-end latency: from a write's 2xx to its entry being stored in notify-service's
 * timeline (the entry's recordedAt; same machine, same clock).
 */
final class EndToEnd {

    private EndToEnd() {
    }

    static Latencies measure(MongoClient mongo, List<AgreementWriteLoad.Acknowledged> writes, Duration wait)
            throws InterruptedException {
        MongoCollection<Document> timeline = mongo.getDatabase("notify").getCollection("timeline");
        Set<String> ids = writes.stream().map(AgreementWriteLoad.Acknowledged::agreementId).collect(Collectors.toSet());
        Map<String, Instant> recorded = new HashMap<>();
        long deadline = System.nanoTime() + wait.toNanos();
        while (recorded.size() < writes.size() && System.nanoTime() < deadline) {
            recorded.clear();
            for (Document entry : timeline.find(Filters.in("agreementId", ids))
                    .projection(Projections.include("agreementId", "data.agreement.version", "recordedAt"))) {
                Document agreement = entry.get("data", Document.class).get("agreement", Document.class);
                recorded.put(entry.getString("agreementId") + "#" + ((Number) agreement.get("version")).longValue(),
                        entry.getDate("recordedAt").toInstant());
            }
            if (recorded.size() < writes.size()) {
                Thread.sleep(500); // the stream is still draining; look again
            }
        }
        Latencies latencies = new Latencies();
        for (AgreementWriteLoad.Acknowledged write : writes) {
            Instant at = recorded.get(write.agreementId() + "#" + write.version());
            if (at != null) {
                latencies.addMillis(Math.max(0, Duration.between(write.at(), at).toNanos() / 1e6));
            }
        }
        return latencies;
    }
}
