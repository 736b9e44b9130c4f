package org.cohesion.base.time;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides the system UTC clock, ticking in microseconds: both databases store {@code DATETIME(6)}, so a
 * time read back equals the time written.
 */
@Configuration
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
