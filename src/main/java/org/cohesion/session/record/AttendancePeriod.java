package org.cohesion.session.record;

import java.time.Instant;

/** One connection period of a participant: joined and left (left is null only if it was never closed). */
public record AttendancePeriod(Instant joinedAt, Instant leftAt) {
}
