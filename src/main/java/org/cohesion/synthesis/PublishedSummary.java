package org.cohesion.synthesis;

import java.time.Instant;
import java.util.List;

/**
 * A published version of a plan's summary, as residents read it: frozen at publish time.
 *
 * @param contributions how many contributions the plan had when it was published
 * @param participants from how many people
 */
public record PublishedSummary(long planId, String planTitle, int number, String authorName, Instant publishedAt,
                               int contributions, int participants, List<PublishedLine> lines) {
}
