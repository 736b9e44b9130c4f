package org.cohesion.discussion.internal;

import java.time.Instant;
import org.cohesion.ratelimit.RateLimitedAction;
import org.cohesion.ratelimit.RateLimits;
import org.springframework.stereotype.Component;

/**
 * At most {@code cohesion.rate-limit.comments-per-minute} comments a minute per person: the comment bucket of the
 * shared Bucket4j {@link RateLimits}, kept as a small adapter so that callers (and tests) need not know it.
 */
@Component
public class CommentRateLimiter {

    private final RateLimits limits;

    CommentRateLimiter(RateLimits limits) {
        this.limits = limits;
    }

    /** Takes one token for this person now; false when they have none left. */
    public boolean tryAcquire(long userId) {
        return limits.tryAcquire(RateLimitedAction.COMMENT, userId);
    }

    /** Takes one token for this person at the given time; false when they have none left. */
    public boolean tryAcquire(long userId, Instant now) {
        return limits.tryAcquire(RateLimitedAction.COMMENT, userId, now);
    }

    public int perMinute() {
        return limits.perMinute(RateLimitedAction.COMMENT);
    }

    /** Forgets every bucket, of every action (tests, which share one application context). */
    public void reset() {
        limits.reset();
    }
}
