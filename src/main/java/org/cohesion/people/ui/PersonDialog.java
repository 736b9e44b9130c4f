package org.cohesion.people.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.cohesion.base.Validation;
import org.cohesion.base.ValidationException;
import org.cohesion.base.ui.FieldErrors;
import org.cohesion.base.ui.Notifications;
import org.cohesion.people.CommunityService;
import org.cohesion.people.PasswordPolicy;
import org.cohesion.people.PeopleAdminService;
import org.cohesion.people.PersonDetails;
import org.cohesion.people.PersonForm;
import org.cohesion.security.Role;
import org.springframework.dao.OptimisticLockingFailureException;

/** Creates an account, or changes one's display name, roles, sign-in permission and memberships. */
class PersonDialog extends Dialog {

    private final PeopleAdminService service;
    private final PersonDetails person;
    private final Runnable onSaved;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final PasswordField password = new PasswordField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final Checkbox enabled = new Checkbox();
    final Button save = new Button();
    final Button cancel = new Button();
    final MembershipEditor memberships;

    /** {@code person} (with memberships) is null to create a new account. */
    PersonDialog(PeopleAdminService service, CommunityService communities, PersonDetails person, Runnable onSaved,
                 Runnable onMembershipsChanged) {
        this.service = service;
        this.person = person;
        this.onSaved = onSaved;
        addClassName("admin-dialog");
        setWidth("44rem");
        setMaxWidth("100%");
        setHeaderTitle(person == null ? getTranslation("admin.person.new-title")
                : getTranslation("admin.person.edit-title", person.displayName()));
        configureFields();
        FormLayout form = new FormLayout(username, displayName);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        if (person == null) {
            form.add(password);
        }
        form.add(roles, enabled);
        add(form);
        if (person != null) {
            fill(person);
            memberships = new MembershipEditor(service, communities, onMembershipsChanged);
            memberships.show(person);
            add(memberships);
        } else {
            memberships = null;
        }
        save.setText(getTranslation("admin.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.setText(getTranslation("admin.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    private void configureFields() {
        username.setLabel(getTranslation("admin.person.username"));
        username.setMaxLength(Validation.MAX_NAME_LENGTH);
        username.setReadOnly(person != null);
        username.setHelperText(person == null ? getTranslation("admin.person.username.help") : null);
        username.setAutocomplete(Autocomplete.OFF);
        displayName.setLabel(getTranslation("admin.person.display-name"));
        displayName.setMaxLength(Validation.MAX_NAME_LENGTH);
        password.setLabel(getTranslation("admin.person.password"));
        password.setHelperText(getTranslation("admin.person.password.help", PasswordPolicy.MIN_LENGTH,
                PasswordPolicy.MAX_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        roles.setLabel(getTranslation("admin.person.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        roles.setValue(Set.of(Role.RESIDENT));
        enabled.setLabel(getTranslation("admin.person.enabled"));
        enabled.setValue(true);
        username.setRequiredIndicatorVisible(person == null);
        displayName.setRequiredIndicatorVisible(true);
        password.setRequiredIndicatorVisible(true);
        roles.setRequiredIndicatorVisible(true);
        fields.put("username", username);
        fields.put("displayName", displayName);
        fields.put("password", password);
        fields.put("roles", roles);
        fields.put("enabled", enabled);
    }

    private void fill(PersonDetails p) {
        username.setValue(p.username());
        displayName.setValue(p.displayName());
        roles.setValue(p.roles());
        enabled.setValue(p.enabled());
    }

    private void save() {
        FieldErrors.clear(fields);
        try {
            PersonDetails saved;
            if (person == null) {
                saved = service.create(new PersonForm(username.getValue(), displayName.getValue(),
                        password.getValue(), roles.getValue(), enabled.getValue()));
                Notifications.success(getTranslation("admin.person.created", saved.username()));
            } else {
                saved = service.update(person.id(), person.version(), new PersonForm(person.username(),
                        displayName.getValue(), null, roles.getValue(), enabled.getValue()));
                Notifications.success(getTranslation("admin.person.saved", saved.username()));
            }
            onSaved.run();
            close();
        } catch (ValidationException e) {
            FieldErrors.show(this, e, fields);
        } catch (OptimisticLockingFailureException e) {
            Notifications.error(getTranslation("error.stale-edit"));
        }
    }
}
