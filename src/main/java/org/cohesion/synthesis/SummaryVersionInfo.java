package org.cohesion.synthesis;

import java.time.Instant;

/** One published version in a plan's version list. */
public record SummaryVersionInfo(int number, String authorName, Instant publishedAt) {
}
