package org.cohesion.implementation;

import java.time.LocalDate;

/** What a planner enters for a milestone. */
public record MilestoneDraft(String title, LocalDate targetDate, LocalDate actualDate, Integer progress,
                             MilestoneStatus status) {
}
