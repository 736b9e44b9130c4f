package org.cohesion.implementation.ui;

import com.vaadin.flow.component.Component;
import org.cohesion.implementation.ImplementationService;
import org.cohesion.plan.PlanDetails;
import org.cohesion.plan.ui.PlanEvents;
import org.cohesion.plan.ui.WorkspaceSection;
import org.springframework.core.annotation.Order;

/** Adds the plan's implementation (milestones, photos, status updates) to its workspace. */
@org.springframework.stereotype.Component
@Order(20)
class ImplementationWorkspaceSection implements WorkspaceSection {

    private final ImplementationService implementation;

    ImplementationWorkspaceSection(ImplementationService implementation) {
        this.implementation = implementation;
    }

    @Override
    public Component create(PlanDetails plan, PlanEvents events) {
        return new ImplementationSection(implementation, plan, events);
    }
}
