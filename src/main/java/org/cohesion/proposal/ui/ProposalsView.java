package org.cohesion.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import org.cohesion.people.CommunityService;
import org.cohesion.people.MyCommunity;
import org.cohesion.proposal.ProposalFilter;
import org.cohesion.proposal.ProposalService;
import org.cohesion.proposal.ProposalSort;
import org.cohesion.proposal.ProposalStatus;
import org.cohesion.proposal.ProposalSummary;
import org.cohesion.proposal.SpaceKind;
import org.cohesion.security.CurrentUser;
import org.cohesion.security.Role;

/**
 * The proposals of my communities as cards, loaded lazily; filter by community, kind and status, sort by newest
 * or most supported; members propose ideas here, planners set their communities' support rules.
 */
@Route("proposals")
@PermitAll
@Menu(title = "nav.proposals", order = 12, icon = "vaadin:lightbulb")
class ProposalsView extends Main implements HasDynamicTitle {

    private final ProposalService proposals;
    final Select<MyCommunity> community = new Select<>();
    final Select<SpaceKind> kind = new Select<>();
    final Select<ProposalStatus> status = new Select<>();
    final Select<ProposalSort> sort = new Select<>();
    final Button create = new Button();
    final Button rules = new Button();
    final Span count = new Span();
    final Grid<ProposalSummary> grid = new Grid<>();
    private final Locale locale;

    ProposalsView(ProposalService proposals, CommunityService communities, CurrentUser currentUser) {
        this.proposals = proposals;
        addClassName("proposals-view");
        locale = getLocale();
        List<MyCommunity> mine = communities.myCommunities();

        community.setLabel(getTranslation("proposals.filter.community"));
        community.setItems(mine);
        community.setEmptySelectionAllowed(true);
        community.setEmptySelectionCaption(getTranslation("proposals.filter.all"));
        community.setItemLabelGenerator(c -> c == null ? getTranslation("proposals.filter.all") : c.name().in(locale));
        kind.setLabel(getTranslation("proposals.filter.kind"));
        kind.setItems(SpaceKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("proposals.filter.all"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("proposals.filter.all")
                : getTranslation(k.labelKey()));
        status.setLabel(getTranslation("proposals.filter.status"));
        status.setItems(ProposalStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("proposals.filter.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("proposals.filter.all")
                : getTranslation(s.labelKey()));
        sort.setLabel(getTranslation("proposals.filter.sort"));
        sort.setItems(ProposalSort.values());
        sort.setValue(ProposalSort.NEWEST);
        sort.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        community.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        sort.addValueChangeListener(e -> refresh());

        create.setText(getTranslation("proposals.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setEnabled(!mine.isEmpty());
        create.addClickListener(e -> new NewProposalDialog(proposals, mine).open());
        HorizontalLayout filters = new HorizontalLayout(community, kind, status, sort, create);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.addClassName("proposal-filters");
        boolean planner = currentUser.hasRole(Role.PLANNER) || currentUser.hasRole(Role.ADMIN);
        rules.setText(getTranslation("proposals.rules"));
        rules.setIcon(VaadinIcon.COG.create());
        rules.setVisible(planner && !mine.isEmpty());
        rules.addClickListener(e -> new RulesDialog(proposals, community.getValue() != null ? community.getValue()
                : mine.get(0)).open());
        filters.add(rules);

        grid.addComponentColumn(p -> new ProposalCard(p, locale)).setKey("card");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_NO_ROW_BORDERS);
        grid.getElement().setAttribute("aria-label", getTranslation("proposals.list.label"));
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("proposals/" + e.getItem().id())));
        grid.setEmptyStateText(getTranslation(mine.isEmpty() ? "proposals.empty.no-community" : "proposals.empty"));
        grid.addClassName("proposal-grid");
        count.addClassName("proposal-count");
        count.getElement().setAttribute("aria-live", "polite");

        Paragraph intro = new Paragraph(getTranslation("proposals.intro"));
        intro.addClassName("proposals-intro");
        add(intro, filters, count, grid);
        refresh();
    }

    ProposalFilter filter() {
        return new ProposalFilter(community.getValue() == null ? null : community.getValue().communityId(),
                kind.getValue(), status.getValue(), sort.getValue());
    }

    private void refresh() {
        ProposalFilter filter = filter();
        grid.setItems(q -> proposals.search(filter, q.getOffset(), q.getLimit()).stream(),
                q -> (int) proposals.count(filter));
        count.setText(getTranslation("proposals.count", proposals.count(filter)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("proposals.title");
    }
}
