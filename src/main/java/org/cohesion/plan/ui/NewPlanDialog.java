package org.cohesion.plan.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cohesion.base.ValidationException;
import org.cohesion.base.ui.FieldErrors;
import org.cohesion.people.MyCommunity;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanKind;
import org.cohesion.plan.PlanService;

/** Starts a plan: community, title and kind; the new plan opens in its workspace. */
class NewPlanDialog extends Dialog {

    final Select<MyCommunity> community = new Select<>();
    final TextField title = new TextField();
    final Select<PlanKind> kind = new Select<>();
    final Button create = new Button();

    NewPlanDialog(PlanService plans, List<MyCommunity> communities) {
        setHeaderTitle(getTranslation("plans.new"));
        community.setLabel(getTranslation("plans.filter.community"));
        community.setItems(communities);
        community.setItemLabelGenerator(c -> c.name().in(getLocale()));
        if (!communities.isEmpty()) {
            community.setValue(communities.get(0));
        }
        title.setLabel(getTranslation(PlanField.TITLE.labelKey()));
        title.setMaxLength(PlanField.TITLE.maxLength());
        title.setRequiredIndicatorVisible(true);
        kind.setLabel(getTranslation(PlanField.KIND.labelKey()));
        kind.setItems(PlanKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(PlanKind.PUBLIC_SPACE);
        add(new FormLayout(community, title, kind));

        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("kind", kind);
        create.setText(getTranslation("plans.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> {
            FieldErrors.clear(fields);
            if (community.getValue() == null) {
                community.setErrorMessage(getTranslation("validation.required"));
                community.setInvalid(true);
                return;
            }
            try {
                long id = plans.create(community.getValue().communityId(), title.getValue(), kind.getValue());
                close();
                UI.getCurrent().navigate("plans/" + id);
            } catch (ValidationException ex) {
                FieldErrors.show(this, ex, fields);
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, create);
    }
}
