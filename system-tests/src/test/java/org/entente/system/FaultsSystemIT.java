package org.entente.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * What fails in production, done to real processes: a crash right after a write, the
 * broker away while writes go on, the consumer killed mid-stream. Each ends with every
 * event in the timeline exactly once.
 */
class FaultsSystemIT extends SystemTest {

    @Test
    void anEventStoredBeforeACrashIsPublishedAfterTheRestartExactlyOnce() {
        String id = agreement("CRASH-" + UUID.randomUUID());
        await().atMost(Duration.ofSeconds(30)).until(() -> timeline(id).size() == 1);

        // With the broker away, the next event can only be in the document's outbox when the service dies.
        system.stop("kafka");
        Answer moved = post("agreements-service", "/api/agreements/" + id + "/status", "{\"status\": \"NEGOTIATION\"}");
        assertThat(moved.status()).isEqualTo(200);
        system.kill("agreements-service");
        system.startPart("kafka");
        system.restartService("agreements-service");

        List<JsonNode> entries = await().atMost(Duration.ofSeconds(60)).until(() -> timeline(id), found -> found.size() >= 2);
        assertThat(entries).extracting(entry -> entry.get("type").asString())
                .containsExactly("entente.agreement.created.v1", "entente.agreement.status-changed.v1");
    }

    @Test
    void writesGoOnWhileTheBrokerIsAwayForThirtySecondsAndEveryEventArrivesOnce() {
        String id = agreement("OUTAGE-" + UUID.randomUUID());
        await().atMost(Duration.ofSeconds(30)).until(() -> timeline(id).size() == 1);
        List<Integer> statuses = new ArrayList<>();

        system.stop("kafka");
        Instant back = Instant.now().plusSeconds(30);
        int edits = 0;
        while (Instant.now().isBefore(back)) {
            Answer read = send("agreements-service", "GET", "/api/agreements/" + id, null);
            Answer edited = send("agreements-service", "PATCH", "/api/agreements/" + id,
                    "{\"summary\": \"edit " + edits + "\"}", "If-Match", read.raw().headers().firstValue("ETag").orElseThrow());
            statuses.add(edited.status());
            edits++;
            // Pace the writes, about one a second, across the outage; nothing is awaited here.
            await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> true);
        }
        system.startPart("kafka");

        assertThat(statuses).isNotEmpty().allSatisfy(status -> assertThat(status).isEqualTo(200));
        int expected = 1 + edits;
        List<JsonNode> entries = await().atMost(Duration.ofSeconds(90)).until(() -> timeline(id), found -> found.size() >= expected);
        assertThat(entries).hasSize(expected);
        assertThat(entries.stream().map(entry -> entry.get("id").asString()).distinct()).hasSize(expected);
    }

    @Test
    void killingTheConsumerMidStreamLeavesNoGapAndNoDuplicate() {
        String id = agreement("CONSUMER-" + UUID.randomUUID());
        int edits = 20;

        for (int i = 0; i < edits; i++) {
            if (i == 5) {
                system.kill("notify-service");
            }
            Answer read = send("agreements-service", "GET", "/api/agreements/" + id, null);
            assertThat(send("agreements-service", "PATCH", "/api/agreements/" + id, "{\"summary\": \"edit " + i + "\"}",
                    "If-Match", read.raw().headers().firstValue("ETag").orElseThrow()).status()).isEqualTo(200);
        }
        system.restartService("notify-service");

        // The killed consumer's partitions come back once the group notices it is gone (session timeout).
        int expected = 1 + edits;
        List<JsonNode> entries = await().atMost(Duration.ofSeconds(120)).until(() -> timeline(id), found -> found.size() >= expected);
        assertThat(entries).hasSize(expected);
        assertThat(entries.stream().map(entry -> entry.get("id").asString()).distinct()).hasSize(expected);
    }
}
