package org.cohesion.discussion.ui;

import org.cohesion.discussion.DiscussionService;
import org.cohesion.plan.PlanDetails;
import org.cohesion.plan.ui.PlanEvents;
import org.cohesion.plan.ui.WorkspaceSection;

/** Adds the plan's general discussion to its workspace. */
@org.springframework.stereotype.Component
class DiscussionWorkspaceSection implements WorkspaceSection {

    private final DiscussionService discussions;

    DiscussionWorkspaceSection(DiscussionService discussions) {
        this.discussions = discussions;
    }

    @Override
    public com.vaadin.flow.component.Component create(PlanDetails plan, PlanEvents events) {
        return new PlanDiscussionSection(discussions, plan.id());
    }
}
