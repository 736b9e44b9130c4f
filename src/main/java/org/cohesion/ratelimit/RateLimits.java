package org.cohesion.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Per-person rate limits on creating content: a Bucket4j token bucket per person and action holding at most
 * {@code cohesion.rate-limit.<action>-per-minute} tokens, refilled greedily over a minute (so ten a minute
 * means one more every six seconds). Kept in memory: a restart forgets it, acceptable for a courtesy limit.
 * Buckets read the application {@link Clock}, so tests can move time. This package imports no feature.
 */
@Component
public class RateLimits {

    private static final int MAX_BUCKETS = 100_000;

    private final Clock clock;
    private final Map<RateLimitedAction, Integer> perMinute = new EnumMap<>(RateLimitedAction.class);
    private final Map<Key, Bucket> buckets = new ConcurrentHashMap<>();
    private final ThreadLocal<Instant> at = new ThreadLocal<>();
    private final TimeMeter meter = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            Instant now = at.get() != null ? at.get() : clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    };

    RateLimits(Clock clock,
               @Value("${cohesion.rate-limit.comments-per-minute:10}") int comments,
               @Value("${cohesion.rate-limit.annotations-per-minute:10}") int annotations,
               @Value("${cohesion.rate-limit.flags-per-minute:20}") int flags) {
        this.clock = clock;
        perMinute.put(RateLimitedAction.COMMENT, Math.max(1, comments));
        perMinute.put(RateLimitedAction.ANNOTATION, Math.max(1, annotations));
        perMinute.put(RateLimitedAction.FLAG, Math.max(1, flags));
    }

    /** Takes one token of this person's bucket for the action now; false when they have none left. */
    public boolean tryAcquire(RateLimitedAction action, long userId) {
        return bucket(action, userId).tryConsume(1);
    }

    /** {@link #tryAcquire(RateLimitedAction, long)} at a given time (tests of the refill). */
    public boolean tryAcquire(RateLimitedAction action, long userId, Instant now) {
        at.set(now);
        try {
            return bucket(action, userId).tryConsume(1);
        } finally {
            at.remove();
        }
    }

    /** How many of the action a person may do a minute (for the "slow down" message). */
    public int perMinute(RateLimitedAction action) {
        return perMinute.get(action);
    }

    /** Forgets every bucket (tests, which share one application context; demo seeding). */
    public void reset() {
        buckets.clear();
    }

    private Bucket bucket(RateLimitedAction action, long userId) {
        if (buckets.size() > MAX_BUCKETS) {
            buckets.clear();
        }
        int n = perMinute.get(action);
        return buckets.computeIfAbsent(new Key(action, userId), k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(n).refillGreedy(n, Duration.ofMinutes(1)))
                .withCustomTimePrecision(meter)
                .build());
    }

    private record Key(RateLimitedAction action, long userId) {
    }
}
