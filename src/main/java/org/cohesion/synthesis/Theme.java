package org.cohesion.synthesis;

import java.util.List;

/**
 * A keyword theme of a plan's contributions: the analysed term (a stem for English), the word people wrote most
 * often for it, its TF-IDF weight, how many contributions use it, and those contributions (strongest first, at
 * most {@link #MAX_LISTED}).
 */
public record Theme(String term, String label, double weight, int count, List<Contribution> contributions) {

    /** The most contributions a theme lists; {@link #count()} tells how many there are in all. */
    public static final int MAX_LISTED = 50;
}
