package org.cohesion.synthesis;

import java.util.Set;

/**
 * Published (as a Spring application event) after a "what we heard" summary version was published; names the
 * authors of the contributions it cites.
 */
public record SummaryPublished(long planId, int number, Set<Long> citedAuthorIds, long actorId) {
}
