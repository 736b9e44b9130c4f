package org.cohesion.session;

import java.time.Instant;

/**
 * The small live state of a session that every open room shows: status, current agenda item, focus and
 * timer. {@code version} grows with every change, so a room can ignore a copy older than the one it shows.
 */
public record LiveState(long sessionId, SessionStatus status, Long currentItemId, Focus focus, Instant timerEndsAt,
                        Integer timerSeconds, long version) {
}
