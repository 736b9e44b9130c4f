package org.cohesion.people.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cohesion.base.ValidationException;
import org.cohesion.base.ui.FieldErrors;
import org.cohesion.base.ui.Notifications;
import org.cohesion.people.CommunityDetails;
import org.cohesion.people.CommunityService;
import org.cohesion.people.MembershipDetails;
import org.cohesion.people.PeopleAdminService;
import org.cohesion.people.PersonDetails;
import org.cohesion.people.StakeholderGroup;

/** A person's memberships: change the stakeholder group, remove one, or add the person to a community. */
class MembershipEditor extends Section {

    private final PeopleAdminService service;
    private final List<CommunityDetails> allCommunities;
    private final Runnable onChanged;
    private PersonDetails person;
    final UnorderedList list = new UnorderedList();
    final Paragraph empty = new Paragraph();
    final ComboBox<CommunityDetails> community = new ComboBox<>();
    final Select<StakeholderGroup> group = new Select<>();
    final Button add = new Button();

    MembershipEditor(PeopleAdminService service, CommunityService communities, Runnable onChanged) {
        this.service = service;
        this.allCommunities = communities.all();
        this.onChanged = onChanged;
        addClassName("membership-editor");
        list.addClassName("membership-list");
        empty.setText(getTranslation("admin.memberships.empty"));
        community.setLabel(getTranslation("admin.memberships.community"));
        community.setItemLabelGenerator(c -> c.name().in(getLocale()));
        community.setClearButtonVisible(true);
        group.setLabel(getTranslation("admin.memberships.group"));
        groupItems(group);
        group.setValue(StakeholderGroup.RESIDENT);
        add.setText(getTranslation("admin.memberships.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_CONTRAST);
        add.addClickListener(e -> addMembership());
        add(new H3(getTranslation("admin.memberships.title")), empty, list,
                AdminUi.toolbar(community, group, add));
    }

    void show(PersonDetails p) {
        person = p;
        list.removeAll();
        p.memberships().forEach(m -> list.add(row(m)));
        empty.setVisible(p.memberships().isEmpty());
        Set<Long> joined = p.memberships().stream().map(MembershipDetails::communityId).collect(Collectors.toSet());
        community.setItems(allCommunities.stream().filter(c -> !joined.contains(c.id())).toList());
        community.clear();
        community.setInvalid(false);
    }

    private ListItem row(MembershipDetails m) {
        String name = m.communityName().in(getLocale());
        Span label = new Span(name);
        label.addClassName("membership-name");
        Select<StakeholderGroup> rowGroup = new Select<>();
        groupItems(rowGroup);
        rowGroup.setValue(m.group());
        rowGroup.setAriaLabel(getTranslation("admin.memberships.group-in", name));
        rowGroup.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                show(service.changeStakeholderGroup(m.membershipId(), e.getValue()));
                Notifications.success(getTranslation("admin.memberships.group-changed", name,
                        getTranslation(e.getValue().labelKey())));
            }
        });
        Button remove = AdminUi.iconButton(VaadinIcon.TRASH, getTranslation("admin.memberships.remove", name),
                () -> confirmRemove(m, name));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        ListItem item = new ListItem(label, rowGroup, remove);
        item.addClassName("membership-row");
        return item;
    }

    private void groupItems(Select<StakeholderGroup> select) {
        select.setItems(StakeholderGroup.values());
        select.setItemLabelGenerator(g -> getTranslation(g.labelKey()));
    }

    private void confirmRemove(MembershipDetails m, String name) {
        AdminUi.confirm(this, getTranslation("admin.memberships.remove.confirm-title"),
                getTranslation("admin.memberships.remove.confirm-text", person.displayName(), name),
                getTranslation("admin.memberships.remove.confirm"), () -> {
                    show(service.removeMembership(m.membershipId()));
                    Notifications.success(getTranslation("admin.memberships.removed", name));
                    onChanged.run();
                });
    }

    private void addMembership() {
        Map<String, HasValidation> fields = Map.of("community", community, "group", group);
        FieldErrors.clear(fields);
        try {
            CommunityDetails chosen = community.getValue();
            if (chosen == null) {
                throw ValidationException.of("community", "validation.required");
            }
            show(service.addMembership(person.id(), chosen.id(), group.getValue()));
            Notifications.success(getTranslation("admin.memberships.added", chosen.name().in(getLocale())));
            onChanged.run();
        } catch (ValidationException e) {
            FieldErrors.show(this, e, fields);
        }
    }
}
