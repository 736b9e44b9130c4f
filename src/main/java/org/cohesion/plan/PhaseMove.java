package org.cohesion.plan;

import java.time.Instant;

/** A recorded move of a plan between phases, as the timeline shows it. */
public record PhaseMove(long id, long planId, PlanPhase from, PlanPhase to, String note, long byUserId,
                        String byName, Instant at) {

    /** Whether this move went back to an earlier phase. */
    public boolean backward() {
        return to.ordinal() < from.ordinal();
    }

    /** Whether this move jumped over at least one phase forward. */
    public boolean skipped() {
        return to.ordinal() > from.ordinal() + 1;
    }
}
