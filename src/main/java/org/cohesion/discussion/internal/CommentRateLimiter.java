package org.cohesion.discussion.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most {@code cohesion.discussion.max-comments-per-minute} comments a minute per person: a token bucket per
 * person holding that many tokens, refilled continuously over a minute. Kept in memory (a restart forgets it,
 * acceptable for a courtesy limit; it moves to the shared map when we scale out). Written here rather than
 * taken from Bucket4j: it is a few lines, and one dependency less.
 */
@Component
public class CommentRateLimiter {

    private static final double MINUTE_NANOS = 60_000_000_000d;

    private final int perMinute;
    private final Clock clock;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    CommentRateLimiter(@Value("${cohesion.discussion.max-comments-per-minute:10}") int perMinute, Clock clock) {
        this.perMinute = Math.max(1, perMinute);
        this.clock = clock;
    }

    /** Takes one token for this person now; false when they have none left. */
    public boolean tryAcquire(long userId) {
        return tryAcquire(userId, clock.instant());
    }

    /** Takes one token for this person at the given time; false when they have none left. */
    public boolean tryAcquire(long userId, Instant now) {
        Bucket bucket = buckets.computeIfAbsent(userId, id -> new Bucket(perMinute, now));
        synchronized (bucket) {
            double elapsed = Math.max(0, java.time.Duration.between(bucket.at, now).toNanos());
            bucket.tokens = Math.min(perMinute, bucket.tokens + elapsed * perMinute / MINUTE_NANOS);
            bucket.at = now.isAfter(bucket.at) ? now : bucket.at;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return true;
            }
            return false;
        }
    }

    public int perMinute() {
        return perMinute;
    }

    /** Forgets every bucket (tests, which share one application context). */
    public void reset() {
        buckets.clear();
    }

    private static final class Bucket {
        double tokens;
        Instant at;

        Bucket(double tokens, Instant at) {
            this.tokens = tokens;
            this.at = at;
        }
    }
}
