package org.cohesion.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, 5, Duration.ofMinutes(1), Duration.ofMinutes(5));

    @Test
    void locksAfterFiveFailuresWithinAMinute() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("wangfang");
            clock.advance(Duration.ofSeconds(10));
        }
        assertThat(throttle.isLocked("wangfang")).isFalse();
        throttle.recordFailure("WangFang ");
        assertThat(throttle.isLocked("wangfang")).as("username compared case-insensitively").isTrue();
        assertThat(throttle.isLocked("liming")).isFalse();
    }

    @Test
    void lockEndsAfterItsDuration() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("nobody-with-this-name");
        }
        assertThat(throttle.isLocked("nobody-with-this-name")).as("unknown usernames are throttled alike").isTrue();
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(throttle.isLocked("nobody-with-this-name")).isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanAMinuteDoNotLock() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("sarah");
            clock.advance(Duration.ofSeconds(16));
        }
        assertThat(throttle.isLocked("sarah")).isFalse();
    }

    @Test
    void successForgetsEarlierFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("planner");
        }
        throttle.recordSuccess("planner");
        throttle.recordFailure("planner");
        assertThat(throttle.isLocked("planner")).isFalse();
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
