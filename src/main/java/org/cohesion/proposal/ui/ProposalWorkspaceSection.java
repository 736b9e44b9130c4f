package org.cohesion.proposal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.cohesion.plan.PlanDetails;
import org.cohesion.plan.ui.PlanEvents;
import org.cohesion.plan.ui.WorkspaceSection;
import org.cohesion.proposal.ProposalService;
import org.springframework.core.annotation.Order;

/** Shows on a plan's workspace the resident proposal it was made from, if any ("from proposal P"). */
@org.springframework.stereotype.Component
@Order(1)
class ProposalWorkspaceSection implements WorkspaceSection {

    private final ProposalService proposals;

    ProposalWorkspaceSection(ProposalService proposals) {
        this.proposals = proposals;
    }

    @Override
    public com.vaadin.flow.component.Component create(PlanDetails plan, PlanEvents events) {
        Div section = new Div();
        section.addClassName("plan-from-proposal");
        proposals.fromPlan(plan.id()).ifPresentOrElse(p -> {
            Anchor link = new Anchor("proposals/" + p.id(), p.title());
            link.addClassName("proposal-link");
            section.add(new Span(section.getTranslation("proposal.from-plan")), link);
        }, () -> section.setVisible(false));
        return section;
    }
}
