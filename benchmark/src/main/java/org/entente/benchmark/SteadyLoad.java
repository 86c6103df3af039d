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
        Tally tally = new Tally(write);
        ExecutorService workers = Executors.newFixedThreadPool(32);
        ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger tick = new AtomicInteger();
        ticks.scheduleAtFixedRate(() -> {
            int n = tick.getAndIncrement();
            workers.execute(() -> tally.write(n));
        }, 0, 1_000_000 / ratePerSecond, TimeUnit.MICROSECONDS);
        Thread.sleep(duration.toMillis()); // the load runs for this long; this is a tool, not a test
        ticks.shutdownNow();
        workers.shutdown();
        workers.awaitTermination(60, TimeUnit.SECONDS);
        return tally.result();
    }

    /** {@code clients} writers, each sending its next write as soon as the last one is answered. */
    static Result saturate(int clients, Duration duration, IntFunction<Http.Answer> write) throws InterruptedException {
        Tally tally = new Tally(write);
        AtomicInteger counter = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + duration.toNanos();
        for (int i = 0; i < clients; i++) {
            workers.execute(() -> {
                while (System.nanoTime() < end) {
                    tally.write(counter.getAndIncrement());
                }
            });
        }
        workers.shutdown();
        workers.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS);
        return tally.result();
    }

    /** Sends writes and counts them, from its creation on: latencies, successes, failures. */
    private static final class Tally {

        private final IntFunction<Http.Answer> write;
        private final Latencies latencies = new Latencies();
        private final AtomicInteger succeeded = new AtomicInteger();
        private final AtomicInteger failures = new AtomicInteger();
        private final long start = System.nanoTime();

        Tally(IntFunction<Http.Answer> write) {
            this.write = write;
        }

        void write(int n) {
            try {
                Http.Answer answer = write.apply(n);
                latencies.add(answer.nanos());
                (answer.status() / 100 == 2 ? succeeded : failures).incrementAndGet();
            } catch (RuntimeException e) {
                failures.incrementAndGet();
            }
        }

        Result result() {
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Result(succeeded.get() / seconds, failures.get(), latencies);
        }
    }
}
