package org.entente.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.localstack.LocalSystem;
import org.entente.localstack.Settings;
import org.entente.localstack.test.TestTokens;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures the running system and the parts underneath in one run, and prints the
 * figures as a Markdown table and as JSON.
 *
 * <pre>
 * java -jar benchmark/target/benchmark-exec.jar [--seconds 60] [--rate 20] [--clients 16] [--timeline-entries 100000] [--timeline-reads 200]
 *     [--import-rows 10000]
 *     [--fan-out 1000,10000,50000] [--backlog 20000] [--profile jfr-dir] [--out benchmark-results]
 * </pre>
 * Without URLs it starts its own system (the run command's way) on free ports; with
 * {@code --agreements-url --actions-url --notify-url --mongo-uri --kafka --issuer-url [--console-url]} it measures a running one (as the
 * {@code --client-id}/{@code --client-secret} client, the local demo administrator by default)
 * (memory is then not reported: the processes are not its own).
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
        int rate = Integer.parseInt(options.getOrDefault("rate", "20"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "16"));
        int timelineEntries = Integer.parseInt(options.getOrDefault("timeline-entries", "100000"));
        int timelineReads = Integer.parseInt(options.getOrDefault("timeline-reads", "200"));
        List<Integer> fanOut = java.util.Arrays.stream(options.getOrDefault("fan-out", "1000,10000,50000").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        Path out = Path.of(options.getOrDefault("out", "benchmark-results"));
        int backlog = Integer.parseInt(options.getOrDefault("backlog", "20000"));

        LocalSystem system = null;
        String agreementsUrl = options.get("agreements-url");
        String actionsUrl = options.get("actions-url");
        String notifyUrl = options.get("notify-url");
        String mongoUri = options.get("mongo-uri");
        String kafka = options.get("kafka");
        String issuerUrl = options.getOrDefault("issuer-url", "http://127.0.0.1:9000");
        String consoleUrl = options.get("console-url");
        if (agreementsUrl == null) {
            Path data = Files.createTempDirectory("entente-benchmark-");
            System.out.println("Starting the system (data in " + data + ")...");
            system = new LocalSystem(Settings.isolated(Path.of("").toAbsolutePath(), data), false);
            if (options.containsKey("profile")) {
                // A flight recording per service process and of the store (a directory: JFR names each file by pid and time).
                Path recordings = Files.createDirectories(Path.of(options.get("profile")).toAbsolutePath());
                String recording = "-XX:StartFlightRecording=dumponexit=true,settings=profile,filename=" + recordings + "/";
                system.withServiceEnvironment("JAVA_TOOL_OPTIONS", recording)
                        .withPartEnvironment("mongo", "JAVA_TOOL_OPTIONS", recording);
            }
            system = system.withConsole().start();
            consoleUrl = system.settings().consoleUrl();
            agreementsUrl = system.services().get(0).url();
            actionsUrl = system.services().get(1).url();
            notifyUrl = system.services().get(2).url();
            mongoUri = system.settings().mongoUri("");
            kafka = system.settings().kafkaBootstrapServers();
            issuerUrl = system.settings().issuerUri();
        }
        // The steps below measure in lambdas, which take only what is no longer reassigned.
        String agreements = agreementsUrl;
        String notify = notifyUrl;
        String console = consoleUrl;
        Http.authenticateAs(TestTokens.clientCredentials(issuerUrl, options.getOrDefault("client-id", "entente-admin"),
                options.getOrDefault("client-secret", "local-demo-admin-secret")));
        LocalSystem started = system;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (started != null) {
                started.close();
            }
        }));

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("date", Instant.now().toString());
        report.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "java", System.getProperty("java.version"), "os", System.getProperty("os.name")));
        report.put("settings", Map.of("seconds", seconds, "ratePerSecond", rate, "timelineEntries", timelineEntries,
                "timelineReads", timelineReads, "fanOut", fanOut.toString(), "ceilingClients", clients, "backlog", backlog));
        try (MongoClient mongo = MongoClients.create(mongoUri)) {
            System.out.println("Write load: " + rate + " writes/s for " + seconds + " s on agreements-service...");
            AgreementWriteLoad load = new AgreementWriteLoad(agreementsUrl);
            SteadyLoad.Result agreementWrites = load.run(rate, Duration.ofSeconds(seconds));
            Latencies endToEnd = EndToEnd.measure(mongo, load.acknowledged(), Duration.ofSeconds(120));
            report.put("agreementsServiceWrites", describe(agreementWrites));
            System.out.println("Ceiling: " + clients + " clients writing as fast as answered for 20 s on agreements-service...");
            SteadyLoad.Result ceiling = new AgreementWriteLoad(agreementsUrl).saturate(clients, Duration.ofSeconds(20));
            report.put("agreementsServiceMaxWrites", describe(ceiling));
            System.out.println("Write load: " + rate + " writes/s for " + seconds + " s on actions-service...");
            report.put("actionsServiceWrites", describe(ServiceWriteLoads.actions(agreementsUrl, actionsUrl, rate,
                    Duration.ofSeconds(seconds))));
            report.put("endToEndWriteToTimeline", endToEnd.summary());

            // Before the fan-out's subscriptions and the stored timeline: a burst on a register of today's size.
            Map<String, Object> drain = null;
            if (system != null && backlog > 0) {
                System.out.println("Backlog drain: " + backlog + " agreement events while notify-service is stopped...");
                drain = BacklogDrain.measure(system, mongo, kafka, backlog);
                report.put("backlogDrain", drain);
            }

            System.out.println("Timeline reads with " + timelineEntries + " entries stored...");
            TimelineReads.Result reads = TimelineReads.measure(mongo, notifyUrl, timelineEntries, timelineReads);
            report.put("timelineReads", TimelineReads.describe(reads));

            System.out.println("Fan-out to " + fanOut + " in-app subscriptions...");
            report.put("fanOut", attempt("Fan-out", () -> FanOut.measure(mongo, agreements, notify, fanOut)));
            // After the fan-out, so that its subscriptions do not add to the ones it matches against.
            System.out.println("Write load: " + rate + " writes/s for " + seconds + " s on notify-service...");
            report.put("notifyServiceWrites", describe(ServiceWriteLoads.notify(notifyUrl, rate, Duration.ofSeconds(seconds))));
            // Those subscriptions follow Kazakhstan, as every imported agreement below does: left in
            // place, each imported row would notify thousands of benchmark readers.
            ServiceWriteLoads.removeNotifySubscriptions(mongo);

            if (consoleUrl != null) {
                System.out.println("Console pages: the register with 1,000 agreements, an agreement with 500 timeline entries...");
                report.put("consolePageRenders", attempt("Console pages", () -> ConsolePages.measure(mongo, console, agreements, 100)));
            }

            int importRows = Integer.parseInt(options.getOrDefault("import-rows", "10000"));
            System.out.println("Spreadsheet import of " + importRows + " agreements: dry run, then apply...");
            report.put("spreadsheetImport", attempt("Spreadsheet import", () -> SpreadsheetImport.measure(agreements, notify, importRows)));
            if (consoleUrl != null) {
                System.out.println("Console pages: the register after the import...");
                report.put("consoleRegisterAfterImport", attempt("Console register", () -> ConsolePages.register(console, agreements, 100)));
            }

            System.out.println("Limits of the parts underneath...");
            Map<String, Object> mongoRate = Limits.mongoUpdateRate(mongo, Duration.ofSeconds(10));
            Map<String, Object> mongoInserts = Limits.mongoInsertRate(mongo, Duration.ofSeconds(10));
            report.put("mongoSingleDocumentInserts", mongoInserts);
            Latencies kafkaLatency = Limits.kafkaLatency(kafka, 2000);
            report.put("mongoSingleDocumentUpdates", mongoRate);
            report.put("kafkaProduceToConsume", kafkaLatency.summary());

            Map<String, Object> ratios = new LinkedHashMap<>();
            ratios.put("writeThroughputOverMongoUpdateRate",
                    ratio(ceiling.throughputPerSecond(), ((Number) mongoRate.get("oneThreadPerSecond")).doubleValue()));
            ratios.put("endToEndP50OverKafkaP50", ratio(endToEnd.percentile(50), kafkaLatency.percentile(50)));
            ratios.put("timelineReadP50OverMongoReadP50", ratio(reads.http().percentile(50), reads.mongo().percentile(50)));
            if (drain != null && drain.get("eventsPerSecondFromFirstEntry") instanceof Number drained) {
                ratios.put("backlogDrainOverMongoInsertRate", ratio(drained.doubleValue(),
                        ((Number) mongoInserts.get("oneThreadPerSecond")).doubleValue()));
            }
            ratios.put("fanOut50000Over10000Seconds", fanOutRatio(report.get("fanOut")));
            report.put("ratios", ratios);
        }
        if (system != null) {
            Map<String, Object> memory = new LinkedHashMap<>();
            for (LocalSystem.Service service : system.services()) {
                memory.put(service.name(), residentMegabytes(system.pid(service.name())));
            }
            report.put("residentMemoryMb", memory);
        }

        String markdown = Report.markdown(report);
        String jsonText = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(report);
        Files.createDirectories(out);
        Files.writeString(out.resolve("benchmark.md"), markdown);
        Files.writeString(out.resolve("benchmark.json"), jsonText);
        System.out.println();
        System.out.println(markdown);
        System.out.println("Written to " + out.resolve("benchmark.md") + " and " + out.resolve("benchmark.json"));
        if (system != null) {
            system.close();
        }
        System.exit(0);
    }

    /**
     * A step's figures, or what stopped it: one step that fails (a page refused under load, say)
     * is reported as such and the run goes on, rather than losing every figure measured so far.
     */
    private static Object attempt(String step, Step measure) {
        try {
            return measure.figures();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(step + " interrupted", interrupted);
        } catch (Exception failure) {
            System.out.println(step + " failed: " + failure.getMessage());
            return Map.of("failed", String.valueOf(failure.getMessage()));
        }
    }

    @FunctionalInterface
    private interface Step {
        Object figures() throws Exception;
    }

    private static Object ratio(double service, double limit) {
        // Four decimals: a service figure can be a small fraction of its limit.
        return Double.isNaN(service) || Double.isNaN(limit) || limit == 0 ? "n/a"
                : Math.round(service / limit * 10_000.0) / 10_000.0;
    }

    private static Object fanOutRatio(Object fanOut) {
        if (fanOut instanceof Map<?, ?> sizes && sizes.get("n50000") instanceof Map<?, ?> large
                && sizes.get("n10000") instanceof Map<?, ?> small
                && large.get("secondsFromWriteToLastNotification") instanceof Number a
                && small.get("secondsFromWriteToLastNotification") instanceof Number b) {
            return ratio(a.doubleValue(), b.doubleValue());
        }
        return "n/a";
    }

    /** VmRSS of a process, from /proc (Linux). */
    private static Object residentMegabytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Latencies.round(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return "n/a";
        }
        return "n/a";
    }

    private static Map<String, Object> describe(SteadyLoad.Result writes) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("throughputPerSecond", Latencies.round(writes.throughputPerSecond()));
        described.put("failures", writes.failures());
        described.put("http", writes.latencies().summary());
        return described;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
