package org.cohesion.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import org.cohesion.base.ui.Formats;
import org.cohesion.people.CommunityService;
import org.cohesion.people.MyCommunity;
import org.cohesion.plan.PlanFilter;
import org.cohesion.plan.PlanKind;
import org.cohesion.plan.PlanPhase;
import org.cohesion.plan.PlanService;
import org.cohesion.plan.PlanSummary;
import org.cohesion.security.CurrentUser;
import org.cohesion.security.Role;

/** The plans of my communities: searchable, filterable, lazily loaded; planners start new plans here. */
@Route("plans")
@PermitAll
@Menu(title = "nav.plans", order = 10, icon = "vaadin:clipboard-text")
class PlansView extends Main implements HasDynamicTitle {

    private final PlanService plans;
    final TextField search = new TextField();
    final Select<MyCommunity> community = new Select<>();
    final Select<PlanKind> kind = new Select<>();
    final Select<PlanPhase> phase = new Select<>();
    final Grid<PlanSummary> grid = new Grid<>();

    PlansView(PlanService plans, CommunityService communities, CurrentUser currentUser) {
        this.plans = plans;
        addClassName("plans-view");
        Locale locale = getLocale();
        List<MyCommunity> mine = communities.myCommunities();

        search.setLabel(getTranslation("plans.search"));
        search.setPlaceholder(getTranslation("plans.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(200);
        community.setLabel(getTranslation("plans.filter.community"));
        community.setItems(mine);
        community.setEmptySelectionAllowed(true);
        community.setEmptySelectionCaption(getTranslation("plans.filter.all"));
        community.setItemLabelGenerator(c -> c == null ? getTranslation("plans.filter.all") : c.name().in(locale));
        kind.setLabel(getTranslation("plans.filter.kind"));
        kind.setItems(PlanKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("plans.filter.all"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("plans.filter.all") : getTranslation(k.labelKey()));
        phase.setLabel(getTranslation("plans.filter.phase"));
        phase.setItems(PlanPhase.values());
        phase.setEmptySelectionAllowed(true);
        phase.setEmptySelectionCaption(getTranslation("plans.filter.all"));
        phase.setItemLabelGenerator(p -> p == null ? getTranslation("plans.filter.all") : getTranslation(p.labelKey()));
        search.addValueChangeListener(e -> refresh());
        community.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        phase.addValueChangeListener(e -> refresh());

        HorizontalLayout filters = new HorizontalLayout(search, community, kind, phase);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.addClassName("plan-filters");
        if (currentUser.hasRole(Role.PLANNER) || currentUser.hasRole(Role.ADMIN)) {
            Button create = new Button(getTranslation("plans.new"), VaadinIcon.PLUS.create(),
                    e -> new NewPlanDialog(plans, mine).open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setEnabled(!mine.isEmpty());
            filters.add(create);
        }

        grid.addColumn(PlanSummary::title).setHeader(getTranslation("plans.column.title")).setFlexGrow(3)
                .setKey("title");
        grid.addColumn(p -> p.communityName().in(locale)).setHeader(getTranslation("plans.column.community"))
                .setFlexGrow(2).setKey("community");
        grid.addColumn(p -> getTranslation(p.kind().labelKey())).setHeader(getTranslation("plans.column.kind"))
                .setFlexGrow(1).setKey("kind");
        grid.addColumn(p -> getTranslation(p.phase().labelKey())).setHeader(getTranslation("plans.column.phase"))
                .setFlexGrow(1).setKey("phase");
        grid.addColumn(p -> Formats.date(p.updatedAt(), locale)).setHeader(getTranslation("plans.column.updated"))
                .setFlexGrow(1).setKey("updated");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.getElement().setAttribute("aria-label", getTranslation("plans.grid.label"));
        grid.setSelectionMode(Grid.SelectionMode.SINGLE);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate("plans/" + e.getValue().id()));
            }
        });
        grid.setEmptyStateText(getTranslation(mine.isEmpty() ? "plans.empty.no-community" : "plans.empty"));
        add(filters, grid);
        refresh();
    }

    private void refresh() {
        PlanFilter filter = new PlanFilter(community.getValue() == null ? null : community.getValue().communityId(),
                kind.getValue(), phase.getValue(), search.getValue());
        grid.setItems(q -> plans.search(filter, q.getOffset(), q.getLimit()).stream(),
                q -> (int) plans.count(filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plans.title");
    }
}
