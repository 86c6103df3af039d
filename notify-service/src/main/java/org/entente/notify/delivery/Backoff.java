package org.entente.notify.delivery;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try again: the delay doubles with each failed attempt up to a ceiling, and a
 * random half of it is jitter, so receivers that come back are not hit by every retry at once.
 */
record Backoff(Duration initial, Duration max) {

    Duration after(int attempts) {
        long base = initial.toMillis() << Math.min(Math.max(attempts - 1, 0), 30);
        long capped = Math.min(base <= 0 ? Long.MAX_VALUE : base, max.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }
}
