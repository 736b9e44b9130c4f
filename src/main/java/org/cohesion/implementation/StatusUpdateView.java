package org.cohesion.implementation;

import java.time.Instant;

/** A status update of the works as residents read it. */
public record StatusUpdateView(long id, long planId, String body, String authorName, Instant postedAt) {
}
