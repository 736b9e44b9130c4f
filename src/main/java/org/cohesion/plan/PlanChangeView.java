package org.cohesion.plan;

import java.time.Instant;

/** One recorded change of one field, as the history shows it; values are the stored texts (null when empty). */
public record PlanChangeView(PlanField field, String oldValue, String newValue, long authorId, String authorName,
                             Instant changedAt) {
}
