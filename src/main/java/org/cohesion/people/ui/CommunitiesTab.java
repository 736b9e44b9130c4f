package org.cohesion.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.cohesion.base.ui.Formats;
import org.cohesion.people.CommunityDetails;
import org.cohesion.people.CommunityService;

/** The searchable list of communities; selecting one opens it for editing. */
class CommunitiesTab extends VerticalLayout {

    private final CommunityService service;
    final TextField search;
    final Button create;
    final Grid<CommunityDetails> grid = new Grid<>();

    CommunitiesTab(CommunityService service) {
        this.service = service;
        setPadding(false);
        addClassName("admin-tab");
        search = AdminUi.searchField(getTranslation("admin.communities.search"), this::refresh);
        create = AdminUi.primaryButton(getTranslation("admin.communities.new"), VaadinIcon.PLUS, () -> open(null));
        configureGrid();
        add(AdminUi.toolbar(search, create), grid);
    }

    private void configureGrid() {
        AdminUi.label(grid, getTranslation("admin.tab.communities"));
        grid.addColumn(c -> c.name().in(getLocale())).setKey("name")
                .setHeader(getTranslation("admin.communities.column.name")).setFlexGrow(3);
        var street = grid.addColumn(c -> c.street().in(getLocale())).setKey("street")
                .setHeader(getTranslation("admin.communities.column.street")).setFlexGrow(2);
        var district = grid.addColumn(c -> c.district().in(getLocale())).setKey("district")
                .setHeader(getTranslation("admin.communities.column.district")).setFlexGrow(1);
        grid.addColumn(c -> Formats.number(c.memberCount(), getLocale())).setKey("members")
                .setHeader(getTranslation("admin.communities.column.members"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(0).setWidth("7rem");
        var code = grid.addColumn(CommunityDetails::inviteCode).setKey("inviteCode")
                .setHeader(getTranslation("admin.communities.column.invite-code")).setFlexGrow(0).setWidth("9rem");
        grid.getColumns().forEach(c -> c.setResizable(true));
        AdminUi.hideWhenNarrow(grid, street, district, code);
        grid.setItems(query -> service.search(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) service.count(search.getValue()));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                grid.deselectAll();
                open(e.getValue());
            }
        });
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void open(CommunityDetails community) {
        new CommunityDialog(service, community, saved -> refresh()).open();
    }
}
