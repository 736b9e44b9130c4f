package org.cohesion.synthesis.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.cohesion.synthesis.Theme;

/** The keyword themes, each an expandable section listing its contributions as links. */
class ThemesPanel extends Div {

    final List<Details> themes = new ArrayList<>();

    ThemesPanel(List<Theme> list) {
        addClassName("synthesis-themes");
        add(new Paragraph(getTranslation("synthesis.themes.intro")));
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("synthesis.none")));
        }
        for (Theme theme : list) {
            Details details = new Details(getTranslation("synthesis.theme.summary", theme.label(), theme.count()));
            details.addClassName("synthesis-theme");
            details.add(new ContributionLinks(this, theme.contributions()));
            if (theme.count() > theme.contributions().size()) {
                details.add(new Paragraph(getTranslation("synthesis.theme.more",
                        theme.count() - theme.contributions().size())));
            }
            themes.add(details);
            add(details);
        }
    }
}
