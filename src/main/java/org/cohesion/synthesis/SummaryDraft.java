package org.cohesion.synthesis;

import java.time.Instant;
import java.util.List;

/**
 * A plan's "what we heard" draft as its builders edit it.
 *
 * @param version the optimistic-lock version to save against; null before the first save
 * @param updatedBy the display name of who saved it last (null before the first save)
 */
public record SummaryDraft(long planId, Long version, List<SummaryLine> lines, Instant updatedAt,
                           String updatedBy) {
}
