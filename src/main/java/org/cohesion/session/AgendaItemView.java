package org.cohesion.session;

import java.time.Instant;
import org.cohesion.plan.PlanField;

/** An agenda item in the room: whether it is the current one and when it was first current (covered). */
public record AgendaItemView(long id, int position, String title, PlanField planField, Long annotationId,
                             Instant coveredAt, boolean current) {

    public boolean covered() {
        return coveredAt != null;
    }
}
