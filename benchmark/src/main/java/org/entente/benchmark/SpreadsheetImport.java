package org.entente.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import of a register kept in a spreadsheet: a CSV of agreements between two registered
 * organizations, uploaded for its dry run (read and planned, nothing written), then applied.
 * Reports rows per second of each, the peak heap agreements-service used meanwhile (sampled from
 * its Prometheus scrape; a file read as a stream should not make it grow with the file), and how
 * long after the apply began the last row's creation was on its timeline.
 */
final class SpreadsheetImport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Each look at the timeline reads it whole on the embedded store: often enough, not so often it slows what it waits for. */
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration AT_MOST = Duration.ofMinutes(30);

    private SpreadsheetImport() {
    }

    static Map<String, Object> measure(String agreementsUrl, String notifyUrl, int rows) throws InterruptedException {
        Http api = new Http();
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String code = "BENCH-IMPORT-" + run + "-";
        organization(api, agreementsUrl, "Institut national du service public " + run, "INSP" + run, "FR");
        organization(api, agreementsUrl, "Agency for Civil Service Affairs " + run, "ACSA" + run, "KZ");
        StringBuilder csv = new StringBuilder("code,kind,title_en,title_fr,party1_organization,party1_role,"
                + "party2_organization,party2_role,expires_on\r\n");
        for (int row = 1; row <= rows; row++) {
            csv.append("%s%06d,MOU,Memorandum %d,Mémorandum %d,INSP%s,SIGNATORY,ACSA%s,SIGNATORY,2030-11-14\r\n"
                    .formatted(code, row, row, row, run, run));
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        HeapSampler heap = new HeapSampler(api, agreementsUrl);
        heap.start();
        try {
            Http.Answer dryRun = api.upload(agreementsUrl + "/api/imports?kind=agreements", "register.csv", file);
            require(dryRun, 201);
            String importId = JSON.readTree(dryRun.body()).get("id").asString();
            double dryRunSeconds = dryRun.nanos() / 1e9;

            long applyStart = System.nanoTime();
            require(api.send("POST", agreementsUrl + "/api/imports/" + importId + "/apply", null, null), 202);
            JsonNode applied = until(() -> JSON.readTree(api.send("GET", agreementsUrl + "/api/imports/" + importId, null, null).body()),
                    job -> "APPLIED".equals(job.get("status").asString()));
            double applySeconds = (System.nanoTime() - applyStart) / 1e9;

            String lastCode = code + "%06d".formatted(rows);
            JsonNode found = JSON.readTree(api.send("GET", agreementsUrl + "/api/agreements?q=" + lastCode, null, null).body());
            String lastId = found.get("items").get(0).get("id").asString();
            until(() -> JSON.readTree(api.send("GET", notifyUrl + "/api/agreements/" + lastId + "/timeline", null, null).body()),
                    timeline -> !timeline.get("entries").isEmpty());
            double lastEventSeconds = (System.nanoTime() - applyStart) / 1e9;

            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("rows", rows);
            figures.put("fileMegabytes", Latencies.round(file.length / 1_048_576.0));
            figures.put("dryRunSeconds", Latencies.round(dryRunSeconds));
            figures.put("dryRunRowsPerSecond", Latencies.round(rows / dryRunSeconds));
            figures.put("applySeconds", Latencies.round(applySeconds));
            figures.put("applyRowsPerSecond", Latencies.round(rows / applySeconds));
            figures.put("appliedByOutcome", applied.get("applied").toString());
            figures.put("secondsUntilLastRowOnTimeline", Latencies.round(lastEventSeconds));
            figures.put("agreementsServicePeakHeapMb", Latencies.round(heap.peakBytes() / 1_048_576.0));
            figures.put("goals", "dry run >= 2000 rows/s, apply >= 200 rows/s");
            return figures;
        } finally {
            heap.interrupt();
            heap.join();
        }
    }

    private static void organization(Http api, String agreementsUrl, String name, String acronym, String country) {
        require(api.send("POST", agreementsUrl + "/api/organizations", """
                {"name": "%s", "acronym": "%s", "country": "%s", "type": "GOVERNMENT_AGENCY"}
                """.formatted(name, acronym, country), null), 201);
    }

    private static void require(Http.Answer answer, int status) {
        if (answer.status() != status) {
            throw new IllegalStateException("expected " + status + ", got " + answer.status() + ": " + answer.body());
        }
    }

    private static JsonNode until(Supplier<JsonNode> read, Predicate<JsonNode> done)
            throws InterruptedException {
        long deadline = System.nanoTime() + AT_MOST.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode value = read.get();
            if (done.test(value)) {
                return value;
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IllegalStateException("not done within " + AT_MOST);
    }

    /** The heap agreements-service uses, read from its scrape every 250 ms; the highest seen. */
    private static final class HeapSampler extends Thread {

        private final Http api;
        private final String scrape;
        private final AtomicLong peak = new AtomicLong();

        HeapSampler(Http api, String agreementsUrl) {
            super("heap-sampler");
            this.api = api;
            this.scrape = agreementsUrl + "/actuator/prometheus";
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                try {
                    long used = (long) api.send("GET", scrape, null, null).body().lines()
                            .filter(line -> line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""))
                            .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
                    peak.accumulateAndGet(used, Math::max);
                    Thread.sleep(250);
                } catch (InterruptedException stop) {
                    return;
                } catch (RuntimeException unreadable) {
                    // A scrape that failed while the service is busy: the next one counts.
                }
            }
        }

        long peakBytes() {
            return peak.get();
        }
    }
}
