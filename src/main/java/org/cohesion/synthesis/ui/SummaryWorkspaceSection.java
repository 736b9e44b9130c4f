package org.cohesion.synthesis.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import org.cohesion.plan.PlanDetails;
import org.cohesion.plan.ui.PlanEvents;
import org.cohesion.plan.ui.WorkspaceSection;
import org.springframework.core.annotation.Order;

/** A link from the plan workspace to its summary (builders build it there; members read the published one). */
@org.springframework.stereotype.Component
@Order(1)
class SummaryWorkspaceSection implements WorkspaceSection {

    @Override
    public Component create(PlanDetails plan, PlanEvents events) {
        Section section = new Section();
        section.addClassName("synthesis-workspace-link");
        Anchor link = new Anchor("plans/" + plan.id() + "/summary", section.getTranslation("synthesis.link"));
        section.add(link);
        return section;
    }
}
