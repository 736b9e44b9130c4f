package org.cohesion.moderation;

import java.time.Instant;

/** One flag as the queue's detail shows it. {@code text} is the flagger's own words (for "other"). */
public record FlagView(String flaggerName, FlagReason reason, String text, Instant createdAt) {
}
