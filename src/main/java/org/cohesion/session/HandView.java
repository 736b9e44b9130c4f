package org.cohesion.session;

import java.time.Instant;

/** A raised hand in the queue; {@code called} for the speaker the host called. */
public record HandView(long handId, long participantId, String displayName, Instant raisedAt, boolean called) {
}
