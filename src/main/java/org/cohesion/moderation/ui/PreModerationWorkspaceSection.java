package org.cohesion.moderation.ui;

import org.cohesion.moderation.PreModerationService;
import org.cohesion.plan.PlanDetails;
import org.cohesion.plan.ui.PlanEvents;
import org.cohesion.plan.ui.WorkspaceSection;

/** Adds the pre-moderation switch (or note) to a plan's workspace. */
@org.springframework.stereotype.Component
class PreModerationWorkspaceSection implements WorkspaceSection {

    private final PreModerationService service;

    PreModerationWorkspaceSection(PreModerationService service) {
        this.service = service;
    }

    @Override
    public com.vaadin.flow.component.Component create(PlanDetails plan, PlanEvents events) {
        return new PreModerationSection(service, plan.id());
    }
}
