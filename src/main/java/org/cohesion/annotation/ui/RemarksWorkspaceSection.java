package org.cohesion.annotation.ui;

import com.vaadin.flow.component.Component;
import org.cohesion.annotation.AnnotationService;
import org.cohesion.plan.PlanDetails;
import org.cohesion.plan.ui.PlanEvents;
import org.cohesion.plan.ui.WorkspaceSection;
import org.springframework.core.annotation.Order;

/** Adds the plan's texts, to read and remark on, to its workspace (before the general discussion). */
@org.springframework.stereotype.Component
@Order(10)
class RemarksWorkspaceSection implements WorkspaceSection {

    private final AnnotationService annotations;

    RemarksWorkspaceSection(AnnotationService annotations) {
        this.annotations = annotations;
    }

    @Override
    public Component create(PlanDetails plan, PlanEvents events) {
        return new RemarkedTextsPanel(annotations, plan, events);
    }
}
