package org.cohesion.synthesis.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.plan.PlanDetails;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanService;
import org.cohesion.synthesis.PublishedSummary;
import org.cohesion.synthesis.SummaryAccess;
import org.cohesion.synthesis.SummaryService;
import org.cohesion.synthesis.SynthesisService;

/**
 * A plan's summary at {@code /plans/{id}/summary}. Planners of the plan's community and moderators who are members
 * see the builder (overview, themes, the "what we heard" editor, published versions, exports); other members read
 * the newest published version, or learn that none is published yet. Non-members get "not found" from the service.
 */
@Route("plans/:planId(\\d+)/summary")
@PermitAll
class SummaryView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SynthesisService synthesis;
    private final SummaryService summaries;
    private final PlanService plans;
    private final SummaryExports exports;
    private String title;
    TabSheet tabs;
    SummaryEditor editor;
    VersionsPanel versions;
    PublishedPage published;
    final Div links = new Div();

    SummaryView(SynthesisService synthesis, SummaryService summaries, PlanService plans, SummaryExports exports) {
        this.synthesis = synthesis;
        this.summaries = summaries;
        this.plans = plans;
        this.exports = exports;
        addClassName("synthesis-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long planId = event.getRouteParameters().getLong("planId").orElseThrow(
                () -> new ObjectNotFoundException("Plan"));
        SummaryAccess access = synthesis.access(planId);
        PlanDetails plan = plans.open(planId);
        title = plan.value(PlanField.TITLE);
        removeAll();
        links.removeAll();
        H2 heading = new H2(getTranslation("synthesis.title", title));
        heading.addClassName("synthesis-title");
        links.addClassName("synthesis-links");
        links.add(new Anchor("plans/" + planId, getTranslation("synthesis.back")));
        add(heading, links);
        if (access.canBuild()) {
            build(plan);
        } else {
            read(planId);
        }
    }

    private void build(PlanDetails plan) {
        long planId = plan.id();
        exports.addBuilderLinks(links, planId);
        tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("synthesis.tab.overview"),
                new OverviewPanel(synthesis.overview(planId), plan.communityName().in(getLocale())));
        tabs.add(getTranslation("synthesis.tab.themes"), new ThemesPanel(synthesis.themes(planId)));
        versions = new VersionsPanel(summaries, planId);
        editor = new SummaryEditor(summaries, planId, title, synthesis.contributions(planId), versions::refresh);
        tabs.add(getTranslation("synthesis.tab.heard"), editor);
        tabs.add(getTranslation("synthesis.tab.versions"), versions);
        add(tabs);
    }

    private void read(long planId) {
        Optional<PublishedSummary> summary = summaries.published(planId);
        if (summary.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("synthesis.not-published"));
            none.addClassName("synthesis-not-published");
            add(none);
            return;
        }
        exports.addReaderLinks(links, planId);
        published = new PublishedPage(summary.get());
        add(published);
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("synthesis.heading") : getTranslation("synthesis.title", title);
    }
}
