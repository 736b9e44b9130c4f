package org.cohesion.evaluation;

import java.util.List;

/** How a plan's result was rated: how many ratings, their average, and how many gave each number of stars. */
public record RatingSummary(long planId, int count, double average, List<Integer> byStars) {

    /** How many ratings gave this many stars (1–5). */
    public int withStars(int stars) {
        return byStars.get(stars - 1);
    }

    /** The share (0–100) of ratings with this many stars. */
    public double percent(int stars) {
        return count == 0 ? 0 : 100.0 * withStars(stars) / count;
    }
}
