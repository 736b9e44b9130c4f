package org.cohesion.evaluation.ui;

import com.vaadin.flow.component.Component;
import org.cohesion.evaluation.RatingService;
import org.cohesion.plan.PlanDetails;
import org.cohesion.plan.ui.PlanEvents;
import org.cohesion.plan.ui.WorkspaceSection;
import org.springframework.core.annotation.Order;

/** Adds the evaluation of the built result (ratings 1–5 and comments) to the plan's workspace. */
@org.springframework.stereotype.Component
@Order(30)
class EvaluationWorkspaceSection implements WorkspaceSection {

    private final RatingService ratings;

    EvaluationWorkspaceSection(RatingService ratings) {
        this.ratings = ratings;
    }

    @Override
    public Component create(PlanDetails plan, PlanEvents events) {
        return new EvaluationSection(ratings, plan, events);
    }
}
