package org.cohesion.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per submitted username (existing or not, so the throttle reveals nothing)
 * and refuses further attempts for a while once too many fail within the window. Kept in memory:
 * a restart clears it, which is acceptable for a throttle (see docs/decisions/0004-login-throttle.md).
 */
@Component
public class LoginThrottle {

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration lockDuration;
    private final Map<String, Attempts> attempts = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock,
                         @Value("${cohesion.login.max-failures:5}") int maxFailures,
                         @Value("${cohesion.login.failure-window:PT1M}") Duration window,
                         @Value("${cohesion.login.lock-duration:PT5M}") Duration lockDuration) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockDuration = lockDuration;
    }

    /** True while sign-ins for this username are refused. */
    public boolean isLocked(String username) {
        Attempts a = attempts.get(key(username));
        return a != null && a.lockedUntil(clock.instant()) != null;
    }

    /** Records a failed sign-in for this username. */
    public void recordFailure(String username) {
        Instant now = clock.instant();
        attempts.computeIfAbsent(key(username), k -> new Attempts()).fail(now, maxFailures, window, lockDuration);
        if (attempts.size() > 100_000) {
            attempts.entrySet().removeIf(e -> e.getValue().isStale(now, window));
        }
    }

    /** Forgets the failures of this username after a successful sign-in. */
    public void recordSuccess(String username) {
        attempts.remove(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private static final class Attempts {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant lockedUntil;

        synchronized void fail(Instant now, int max, Duration window, Duration lock) {
            failures.addLast(now);
            while (!failures.isEmpty() && failures.peekFirst().isBefore(now.minus(window))) {
                failures.removeFirst();
            }
            if (failures.size() >= max) {
                lockedUntil = now.plus(lock);
                failures.clear();
            }
        }

        synchronized Instant lockedUntil(Instant now) {
            if (lockedUntil != null && now.isBefore(lockedUntil)) {
                return lockedUntil;
            }
            return null;
        }

        synchronized boolean isStale(Instant now, Duration window) {
            return lockedUntil(now) == null
                    && (failures.isEmpty() || failures.peekLast().isBefore(now.minus(window)));
        }
    }
}
