package org.cohesion.plan;

import java.time.Instant;
import org.cohesion.people.BilingualText;

/** A plan as the plan list shows it. */
public record PlanSummary(long id, String title, PlanKind kind, PlanPhase phase, long communityId,
                          BilingualText communityName, String summary, Instant updatedAt) {
}
