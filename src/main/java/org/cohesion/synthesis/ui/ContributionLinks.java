package org.cohesion.synthesis.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.Component;
import java.util.List;
import org.cohesion.synthesis.Contribution;

/** A list of contributions, each a link that opens it in the plan workspace, with its backing. */
class ContributionLinks extends UnorderedList {

    ContributionLinks(Component context, List<Contribution> contributions) {
        addClassName("synthesis-contributions");
        for (Contribution c : contributions) {
            Anchor link = new Anchor(c.link(), Labels.contribution(context, c, 120));
            link.addClassName("synthesis-contribution-link");
            ListItem item = new ListItem(link);
            if (c.support() > 0) {
                Span support = new Span(context.getTranslation("synthesis.support.count", c.support()));
                support.addClassName("synthesis-support");
                item.add(support);
            }
            add(item);
        }
    }
}
