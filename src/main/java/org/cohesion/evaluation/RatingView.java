package org.cohesion.evaluation;

import java.time.Instant;

/** A rating as shown: stars, comment, who and when. */
public record RatingView(long id, long planId, int stars, String comment, String authorName, Instant updatedAt) {
}
