package org.entente.benchmark;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Writes at a fixed rate whatever the answers take (an open model: a slow service does not
 * slow the load down), or as fast as a number of clients can (a closed model, to find the
 * ceiling), and keeps every answer's latency. A write that is not a 2xx, or that throws, is
 * a failure.
 */
final class SteadyLoad {

    record Result(double throughputPerSecond, int failures, Latencies latencies) {
    }

    private SteadyLoad() {
    }

    /** {@code write} gets the write's number and returns the answer it got. */
    static Result run(int ratePerSecond, Duration duration, IntFunction<Http.Answer> write) throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicInteger succeeded = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(32);
        ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger tick = new AtomicInteger();
        long start = System.nanoTime();
        ticks.scheduleAtFixedRate(() -> {
            int n = tick.getAndIncrement();
            workers.execute(() -> {
                try {
                    Http.Answer answer = write.apply(n);
                    latencies.add(answer.nanos());
                    (answer.status() / 100 == 2 ? succeeded : failures).incrementAndGet();
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
        return new Result(succeeded.get() / seconds, failures.get(), latencies);
    }

    /** {@code clients} writers, each sending its next write as soon as the last one is answered. */
    static Result saturate(int clients, Duration duration, IntFunction<Http.Answer> write) throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicInteger succeeded = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger counter = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        for (int i = 0; i < clients; i++) {
            workers.execute(() -> {
                while (System.nanoTime() < end) {
                    try {
                        Http.Answer answer = write.apply(counter.getAndIncrement());
                        latencies.add(answer.nanos());
                        (answer.status() / 100 == 2 ? succeeded : failures).incrementAndGet();
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                    }
                }
            });
        }
        workers.shutdown();
        workers.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(succeeded.get() / seconds, failures.get(), latencies);
    }
}
