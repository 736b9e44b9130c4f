package org.cohesion.decision.ui;

import com.vaadin.flow.component.Component;
import org.cohesion.annotation.AnnotationService;
import org.cohesion.decision.DecisionService;
import org.cohesion.plan.PlanDetails;
import org.cohesion.plan.ui.PlanEvents;
import org.cohesion.plan.ui.WorkspaceSection;
import org.springframework.core.annotation.Order;

/** Adds the plan's decision record to its workspace (shown once recorded; planners record it in DECISION). */
@org.springframework.stereotype.Component
@Order(10)
class DecisionWorkspaceSection implements WorkspaceSection {

    private final DecisionService decisions;
    private final AnnotationService annotations;

    DecisionWorkspaceSection(DecisionService decisions, AnnotationService annotations) {
        this.decisions = decisions;
        this.annotations = annotations;
    }

    @Override
    public Component create(PlanDetails plan, PlanEvents events) {
        return new DecisionSection(decisions, annotations, plan, events);
    }
}
