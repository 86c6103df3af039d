package org.entente.notify.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class PollScheduleTest {

    private static final Instant T0 = Instant.parse("2025-11-14T10:00:00Z");
    private final PollSchedule schedule = new PollSchedule(Duration.ofSeconds(10));

    @Test
    void theFirstPollLooks() {
        assertThat(schedule.shouldLook(T0)).isTrue();
    }

    @Test
    void aLookThatFoundNothingWaitsForTheIdleInterval() {
        look(T0, 0);

        assertThat(schedule.shouldLook(T0.plusSeconds(9))).isFalse();
        assertThat(schedule.shouldLook(T0.plusSeconds(10))).isTrue();
    }

    @Test
    void aLookThatClaimedDeliveriesLooksAgainAtOnce() {
        look(T0, 3);

        assertThat(schedule.shouldLook(T0.plusMillis(200))).isTrue();
    }

    @Test
    void aNudgeMakesTheNextPollLookOnce() {
        look(T0, 0);
        schedule.nudge();

        assertThat(schedule.shouldLook(T0.plusSeconds(1))).isTrue();
        schedule.looked(T0.plusSeconds(1), 0);
        assertThat(schedule.shouldLook(T0.plusSeconds(2))).isFalse();
    }

    @Test
    void aNudgeThatComesDuringALookMakesTheNextPollLook() {
        look(T0, 0);
        schedule.nudge();
        assertThat(schedule.shouldLook(T0.plusSeconds(1))).isTrue();

        schedule.nudge(); // deliveries created while that look was claiming
        schedule.looked(T0.plusSeconds(1), 0);

        assertThat(schedule.shouldLook(T0.plusSeconds(2))).isTrue();
    }

    @Test
    void eachScheduledRetryIsLookedForWhenItFallsDue() {
        look(T0, 0);
        schedule.retryAt(T0.plusSeconds(5));
        schedule.retryAt(T0.plusSeconds(3));

        assertThat(schedule.shouldLook(T0.plusSeconds(2))).isFalse();
        assertThat(schedule.shouldLook(T0.plusSeconds(3))).isTrue();
        schedule.looked(T0.plusSeconds(3), 0);
        assertThat(schedule.shouldLook(T0.plusSeconds(4))).isFalse();
        assertThat(schedule.shouldLook(T0.plusSeconds(5))).isTrue();
    }

    /** A poll that looks, as the dispatcher's does: asked, then told what the look claimed. */
    private void look(Instant at, int claimed) {
        assertThat(schedule.shouldLook(at)).isTrue();
        schedule.looked(at, claimed);
    }
}
