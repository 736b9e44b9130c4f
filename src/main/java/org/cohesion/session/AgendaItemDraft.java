package org.cohesion.session;

import org.cohesion.plan.PlanField;

/** An agenda item as a planner schedules it: a title, optionally about a long text of the plan or an annotation. */
public record AgendaItemDraft(String title, PlanField planField, Long annotationId) {

    public AgendaItemDraft(String title) {
        this(title, null, null);
    }
}
