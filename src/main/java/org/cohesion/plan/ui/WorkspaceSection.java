package org.cohesion.plan.ui;

import com.vaadin.flow.component.Component;
import org.cohesion.plan.PlanDetails;

/**
 * A section another feature adds below a plan's fields and drawings in the workspace, such as its general
 * discussion. Implementations are Spring beans, so the plan feature never depends on them.
 */
public interface WorkspaceSection {

    /** The section's component for this plan; live changes go through the workspace's {@code events}. */
    Component create(PlanDetails plan, PlanEvents events);
}
