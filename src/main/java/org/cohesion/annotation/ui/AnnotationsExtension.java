package org.cohesion.annotation.ui;

import org.cohesion.annotation.AnnotationService;
import org.cohesion.plan.PlanDetails;
import org.cohesion.plan.ui.DrawingExtension;
import org.cohesion.plan.ui.DrawingsPanel;
import org.cohesion.plan.ui.PlanEvents;

/** Adds the annotation layer and list to every plan workspace's drawings. */
@org.springframework.stereotype.Component
class AnnotationsExtension implements DrawingExtension {

    private final AnnotationService annotations;

    AnnotationsExtension(AnnotationService annotations) {
        this.annotations = annotations;
    }

    @Override
    public com.vaadin.flow.component.Component create(PlanDetails plan, DrawingsPanel drawings, PlanEvents events) {
        return new AnnotationPanel(annotations, plan, drawings, events);
    }
}
