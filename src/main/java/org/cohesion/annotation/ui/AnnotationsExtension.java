package org.cohesion.annotation.ui;

import org.cohesion.annotation.AnnotationService;
import org.cohesion.discussion.DiscussionService;
import org.cohesion.plan.PlanDetails;
import org.cohesion.plan.ui.DrawingExtension;
import org.cohesion.plan.ui.DrawingsPanel;
import org.cohesion.plan.ui.PlanEvents;

/** Adds the annotation layer and list to every plan workspace's drawings. */
@org.springframework.stereotype.Component
class AnnotationsExtension implements DrawingExtension {

    private final AnnotationService annotations;
    private final DiscussionService discussions;

    AnnotationsExtension(AnnotationService annotations, DiscussionService discussions) {
        this.annotations = annotations;
        this.discussions = discussions;
    }

    @Override
    public com.vaadin.flow.component.Component create(PlanDetails plan, DrawingsPanel drawings, PlanEvents events) {
        return new AnnotationPanel(annotations, discussions, plan, drawings, events);
    }
}
