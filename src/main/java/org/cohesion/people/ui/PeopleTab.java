package org.cohesion.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.Collectors;
import org.cohesion.base.ui.Formats;
import org.cohesion.people.CommunityService;
import org.cohesion.people.PeopleAdminService;
import org.cohesion.people.PersonDetails;

/** The searchable list of people; selecting one opens their account and memberships. */
class PeopleTab extends VerticalLayout {

    private final PeopleAdminService service;
    private final CommunityService communities;
    private final Runnable onMembershipsChanged;
    final TextField search;
    final Button create;
    final Grid<PersonDetails> grid = new Grid<>();

    PeopleTab(PeopleAdminService service, CommunityService communities, Runnable onMembershipsChanged) {
        this.service = service;
        this.communities = communities;
        this.onMembershipsChanged = onMembershipsChanged;
        setPadding(false);
        addClassName("admin-tab");
        search = AdminUi.searchField(getTranslation("admin.people.search"), this::refresh);
        create = AdminUi.primaryButton(getTranslation("admin.people.new"), VaadinIcon.PLUS, () -> open(null));
        configureGrid();
        add(AdminUi.toolbar(search, create), grid);
    }

    private void configureGrid() {
        AdminUi.label(grid, getTranslation("admin.tab.people"));
        grid.addColumn(PersonDetails::username).setKey("username")
                .setHeader(getTranslation("admin.people.column.username")).setFlexGrow(1);
        grid.addColumn(PersonDetails::displayName).setKey("displayName")
                .setHeader(getTranslation("admin.people.column.display-name")).setFlexGrow(2);
        grid.addColumn(this::roles).setKey("roles")
                .setHeader(getTranslation("admin.people.column.roles")).setFlexGrow(1);
        var enabled = grid.addColumn(p -> getTranslation(p.enabled() ? "admin.yes" : "admin.no")).setKey("enabled")
                .setHeader(getTranslation("admin.people.column.enabled")).setFlexGrow(0).setWidth("8rem");
        var created = grid.addColumn(p -> Formats.date(p.createdAt(), getLocale())).setKey("created")
                .setHeader(getTranslation("admin.people.column.created")).setFlexGrow(0).setWidth("9rem");
        grid.getColumns().forEach(c -> c.setResizable(true));
        AdminUi.hideWhenNarrow(grid, enabled, created);
        grid.setItems(query -> service.search(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) service.count(search.getValue()));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                grid.deselectAll();
                open(e.getValue());
            }
        });
    }

    private String roles(PersonDetails p) {
        return p.roles().stream().sorted().map(r -> getTranslation(r.labelKey())).collect(Collectors.joining(", "));
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void open(PersonDetails person) {
        PersonDetails fresh = person == null ? null : service.get(person.id());
        new PersonDialog(service, communities, fresh, this::refresh, onMembershipsChanged).open();
    }
}
