package org.cohesion.synthesis;

import java.time.Instant;

/** A cited contribution as it read when its summary version was published (plain text, display name only). */
public record Citation(String id, ContributionKind kind, ContributionCategory category, String quote, String text,
                       String authorName, Instant createdAt, String link) {
}
