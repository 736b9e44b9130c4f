package org.cohesion.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The Bucket4j token buckets: capacity, greedy refill over a minute, one bucket per person and action. */
class RateLimitsTest {

    @Test
    void tenAMinuteRefillsOneEverySixSecondsPerPersonAndAction() {
        RateLimits limits = new RateLimits(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), 10, 3, 2);
        Instant t = Instant.parse("2026-12-01T08:00:00Z");
        for (int i = 0; i < 10; i++) {
            assertThat(limits.tryAcquire(RateLimitedAction.COMMENT, 1, t)).isTrue();
        }
        assertThat(limits.tryAcquire(RateLimitedAction.COMMENT, 1, t)).isFalse();
        assertThat(limits.tryAcquire(RateLimitedAction.COMMENT, 1, t.plusSeconds(3))).isFalse();
        assertThat(limits.tryAcquire(RateLimitedAction.COMMENT, 1, t.plusSeconds(6))).isTrue();
        assertThat(limits.tryAcquire(RateLimitedAction.COMMENT, 1, t.plusSeconds(6))).isFalse();
        // another person, another action: buckets of their own
        assertThat(limits.tryAcquire(RateLimitedAction.COMMENT, 2, t)).isTrue();
        assertThat(limits.tryAcquire(RateLimitedAction.FLAG, 1, t)).isTrue();
        assertThat(limits.tryAcquire(RateLimitedAction.FLAG, 1, t)).isTrue();
        assertThat(limits.tryAcquire(RateLimitedAction.FLAG, 1, t)).isFalse();
        assertThat(limits.perMinute(RateLimitedAction.ANNOTATION)).isEqualTo(3);
        limits.reset();
        assertThat(limits.tryAcquire(RateLimitedAction.FLAG, 1, t)).isTrue();
    }
}
