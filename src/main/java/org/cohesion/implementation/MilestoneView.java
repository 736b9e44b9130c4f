package org.cohesion.implementation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A milestone as shown on the plan, with its photos. */
public record MilestoneView(long id, long version, long planId, String title, LocalDate targetDate,
                            LocalDate actualDate, int progress, MilestoneStatus status, Instant updatedAt,
                            List<PhotoInfo> photos) {
}
