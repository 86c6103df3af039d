package org.entente.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A steady write load on agreements-service: at a fixed rate, half the writes register a
 * new agreement, half edit one registered earlier (with the ETag it returned). Each 2xx is
 * remembered with its agreement id, version and time, to find its timeline entry later.
 */
final class AgreementWriteLoad {

    /** A write that succeeded: which agreement version it produced, and when the 2xx came back. */
    record Acknowledged(String agreementId, long version, Instant at) {
    }

    private static final Pattern ID = Pattern.compile("^\\{\"id\":\"([^\"]+)\",\"version\":(\\d+)");

    private final Http http = new Http();
    private final String api;
    private final Latencies latencies = new Latencies();
    private final List<Acknowledged> acknowledged = new ArrayList<>();
    private final AtomicInteger failures = new AtomicInteger();
    private final ConcurrentLinkedQueue<String[]> idle = new ConcurrentLinkedQueue<>();

    AgreementWriteLoad(String agreementsUrl) {
        this.api = agreementsUrl + "/api";
    }

    Latencies latencies() {
        return latencies;
    }

    List<Acknowledged> acknowledged() {
        return acknowledged;
    }

    int failures() {
        return failures.get();
    }

    /** Runs the load; returns the achieved throughput in writes per second. */
    double run(int ratePerSecond, Duration duration) throws InterruptedException {
        String french = organization("FR");
        String kazakh = organization("KZ");
        ExecutorService workers = Executors.newFixedThreadPool(32);
        ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger tick = new AtomicInteger();
        long start = System.nanoTime();
        ticks.scheduleAtFixedRate(() -> {
            int n = tick.getAndIncrement();
            String[] lane = n % 2 == 0 ? null : idle.poll();
            workers.execute(() -> {
                try {
                    if (lane == null) {
                        register(french, kazakh);
                    } else {
                        edit(lane, n);
                    }
                } catch (RuntimeException e) {
                    failures.incrementAndGet();
                }
            });
        }, 0, 1_000_000 / ratePerSecond, TimeUnit.MICROSECONDS);
        Thread.sleep(duration.toMillis()); // the load runs for this long; this is a tool, not a test
        ticks.shutdownNow();
        workers.shutdown();
        workers.awaitTermination(60, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        return acknowledged.size() / seconds;
    }

    private void register(String french, String kazakh) {
        String code = "BENCH-" + UUID.randomUUID();
        Http.Answer answer = http.send("POST", api + "/agreements", """
                {"code": "%s", "kind": "MOU", "title": {"fr": "Banc d'essai", "en": "Benchmark"},
                 "parties": [{"organizationId": "%s", "role": "SIGNATORY"}, {"organizationId": "%s", "role": "PARTNER"}]}
                """.formatted(code, french, kazakh), null);
        record(answer);
    }

    private void edit(String[] lane, int n) {
        Http.Answer answer = http.send("PATCH", api + "/agreements/" + lane[0], "{\"summary\": \"edit " + n + "\"}", lane[1]);
        record(answer);
    }

    private void record(Http.Answer answer) {
        latencies.add(answer.nanos());
        Matcher matcher = ID.matcher(answer.body());
        if (answer.status() / 100 != 2 || !matcher.find()) {
            failures.incrementAndGet();
            return;
        }
        String id = matcher.group(1);
        synchronized (acknowledged) {
            acknowledged.add(new Acknowledged(id, Long.parseLong(matcher.group(2)), Instant.now()));
        }
        idle.add(new String[] {id, answer.etag()});
    }

    private String organization(String country) {
        Http.Answer answer = http.send("POST", api + "/organizations", """
                {"name": "Benchmark %s %s", "country": "%s", "type": "OTHER"}
                """.formatted(country, UUID.randomUUID(), country), null);
        Matcher matcher = ID.matcher(answer.body());
        if (!matcher.find()) {
            throw new IllegalStateException("could not register an organization: " + answer.status() + " " + answer.body());
        }
        return matcher.group(1);
    }
}
