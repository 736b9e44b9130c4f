package org.cohesion.synthesis;

/**
 * One bar of an overview chart: a key (an enum name, a region, an ISO date), how many contributions fall under it
 * and from how many different people.
 */
public record Tally(String key, long contributions, long people) {
}
