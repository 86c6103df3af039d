package org.entente.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** Ten clients editing one agreement at once, each from the version it read. */
class ConcurrencySystemIT extends SystemTest {

    @Test
    void oneEditWinsPerVersionTheOthersGet412AndNoEditIsLost() throws Exception {
        String id = agreement("RACE-" + UUID.randomUUID());
        List<String> applied = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(10);
        try {
            for (int round = 0; round < 5; round++) {
                String etag = send("agreements-service", "GET", "/api/agreements/" + id, null)
                        .raw().headers().firstValue("ETag").orElseThrow();
                List<Callable<String[]>> edits = new ArrayList<>();
                for (int client = 0; client < 10; client++) {
                    String theme = "round-" + round + "-client-" + client;
                    edits.add(() -> new String[] {theme, String.valueOf(send("agreements-service", "PATCH",
                            "/api/agreements/" + id, "{\"themes\": [\"" + theme + "\"]}", "If-Match", etag).status())});
                }
                List<String[]> results = new ArrayList<>();
                for (Future<String[]> result : clients.invokeAll(edits)) {
                    results.add(result.get());
                }

                assertThat(results).filteredOn(result -> result[1].equals("200")).hasSize(1);
                assertThat(results).filteredOn(result -> result[1].equals("412")).hasSize(9);
                String winner = results.stream().filter(result -> result[1].equals("200")).findFirst().orElseThrow()[0];
                applied.add(winner);
                assertThat(send("agreements-service", "GET", "/api/agreements/" + id, null).body().get("themes").get(0)
                        .asString()).isEqualTo(winner);
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(send("agreements-service", "GET", "/api/agreements/" + id, null).body().get("version").asLong())
                .isEqualTo(1 + applied.size());
    }
}
