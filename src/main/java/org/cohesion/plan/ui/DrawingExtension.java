package org.cohesion.plan.ui;

import com.vaadin.flow.component.Component;
import org.cohesion.plan.PlanDetails;

/**
 * Something another feature adds to a plan's drawings in the workspace, such as annotations. Implementations
 * are Spring beans; the workspace finds them, so the plan feature never depends on the features that extend
 * it (no package cycles).
 */
public interface DrawingExtension {

    /**
     * A component for this workspace, placed in the drawings panel below the drawing; it may overlay
     * {@link DrawingsPanel#stage()} and follow {@link DrawingsPanel#addSelectionListener}; live changes go through {@code events}.
     */
    Component create(PlanDetails plan, DrawingsPanel drawings, PlanEvents events);
}
