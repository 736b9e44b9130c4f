package org.cohesion.session.ui;

import org.cohesion.plan.PlanDetails;
import org.cohesion.plan.ui.PlanEvents;
import org.cohesion.plan.ui.WorkspaceSection;
import org.cohesion.session.SessionService;
import org.springframework.core.annotation.Order;

/** Adds the plan's live sessions (join the live one, planners schedule more) to its workspace, above the remarks. */
@org.springframework.stereotype.Component
@Order(5)
class SessionsWorkspaceSection implements WorkspaceSection {

    private final SessionService sessions;

    SessionsWorkspaceSection(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public com.vaadin.flow.component.Component create(PlanDetails plan, PlanEvents events) {
        return new PlanSessionsSection(sessions, plan);
    }
}
