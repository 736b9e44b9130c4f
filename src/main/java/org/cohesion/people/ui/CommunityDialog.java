package org.cohesion.people.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.cohesion.base.Validation;
import org.cohesion.base.ValidationException;
import org.cohesion.base.ui.FieldErrors;
import org.cohesion.base.ui.Notifications;
import org.cohesion.people.CommunityDetails;
import org.cohesion.people.CommunityForm;
import org.cohesion.people.CommunityService;
import org.springframework.dao.OptimisticLockingFailureException;

/** Creates a community, or renames one and shows (and replaces) its invite code. */
class CommunityDialog extends Dialog {

    private final CommunityService service;
    private final Consumer<CommunityDetails> onChanged;
    private CommunityDetails current;
    private final Map<String, TextField> fields = new LinkedHashMap<>();
    final TextField nameEn = field("nameEn", "admin.community.name-en");
    final TextField nameZh = field("nameZh", "admin.community.name-zh");
    final TextField streetEn = field("streetEn", "admin.community.street-en");
    final TextField streetZh = field("streetZh", "admin.community.street-zh");
    final TextField districtEn = field("districtEn", "admin.community.district-en");
    final TextField districtZh = field("districtZh", "admin.community.district-zh");
    final Button save = new Button();
    final Button cancel = new Button();
    final InvitePanel invite;

    /** {@code community} is null to create a new one. */
    CommunityDialog(CommunityService service, CommunityDetails community, Consumer<CommunityDetails> onChanged) {
        this.service = service;
        this.current = community;
        this.onChanged = onChanged;
        addClassName("admin-dialog");
        setWidth("40rem");
        setMaxWidth("100%");
        setHeaderTitle(community == null ? getTranslation("admin.community.new-title")
                : getTranslation("admin.community.edit-title", community.name().in(getLocale())));
        nameEn.setHelperText(getTranslation("admin.community.name.help"));
        FormLayout form = new FormLayout(nameEn, nameZh, streetEn, streetZh, districtEn, districtZh);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form);
        invite = new InvitePanel(this::regenerateInviteCode);
        if (community != null) {
            fill(community);
            invite.show(community.inviteCode());
            add(invite);
        }
        save.setText(getTranslation("admin.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.addClickShortcut(Key.ENTER).listenOn(this);
        cancel.setText(getTranslation("admin.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    private TextField field(String name, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setMaxLength(Validation.MAX_NAME_LENGTH);
        fields.put(name, field);
        return field;
    }

    private void fill(CommunityDetails c) {
        nameEn.setValue(orEmpty(c.name().en()));
        nameZh.setValue(orEmpty(c.name().zh()));
        streetEn.setValue(orEmpty(c.street().en()));
        streetZh.setValue(orEmpty(c.street().zh()));
        districtEn.setValue(orEmpty(c.district().en()));
        districtZh.setValue(orEmpty(c.district().zh()));
    }

    private void save() {
        FieldErrors.clear(fields);
        CommunityForm form = new CommunityForm(nameEn.getValue(), nameZh.getValue(), streetEn.getValue(),
                streetZh.getValue(), districtEn.getValue(), districtZh.getValue());
        try {
            CommunityDetails saved = current == null ? service.create(form)
                    : service.update(current.id(), current.version(), form);
            Notifications.success(getTranslation(current == null ? "admin.community.created"
                    : "admin.community.saved", saved.name().in(getLocale())));
            onChanged.accept(saved);
            close();
        } catch (ValidationException e) {
            FieldErrors.show(this, e, fields);
        } catch (OptimisticLockingFailureException e) {
            Notifications.error(getTranslation("error.stale-edit"));
        }
    }

    private void regenerateInviteCode() {
        AdminUi.confirm(this, getTranslation("admin.community.new-code.confirm-title"),
                getTranslation("admin.community.new-code.confirm-text", current.inviteCode()),
                getTranslation("admin.community.new-code.confirm"), () -> {
                    try {
                        current = service.regenerateInviteCode(current.id(), current.version());
                        invite.show(current.inviteCode());
                        Notifications.success(getTranslation("admin.community.new-code.done",
                                current.inviteCode()));
                        onChanged.accept(current);
                    } catch (OptimisticLockingFailureException e) {
                        Notifications.error(getTranslation("error.stale-edit"));
                    }
                });
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
