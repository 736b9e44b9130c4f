package org.cohesion.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumMap;
import java.util.Map;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanKind;

/**
 * The workspace's input fields, one per co-edited plan field, labelled and limited as the service expects. The
 * phase is not one of them: planners move a plan between phases with a note (the phase timeline).
 */
class PlanFields {

    final TextField title = new TextField();
    final Select<PlanKind> kind = new Select<>();
    final TextField location = new TextField();
    final BigDecimalField budget = new BigDecimalField();
    final DatePicker startDate = new DatePicker();
    final DatePicker targetDate = new DatePicker();
    final TextArea summary = new TextArea();
    final TextArea goals = new TextArea();
    final TextArea designProposal = new TextArea();
    private final Map<PlanField, HasValue<?, ?>> byField = new EnumMap<>(PlanField.class);

    PlanFields(Component context) {
        kind.setItems(PlanKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : context.getTranslation(k.labelKey()));
        budget.setPrefixComponent(new Span("¥"));
        register(PlanField.TITLE, title);
        register(PlanField.KIND, kind);
        register(PlanField.LOCATION, location);
        register(PlanField.BUDGET, budget);
        register(PlanField.START_DATE, startDate);
        register(PlanField.TARGET_DATE, targetDate);
        register(PlanField.SUMMARY, summary);
        register(PlanField.GOALS, goals);
        register(PlanField.DESIGN_PROPOSAL, designProposal);
        byField.forEach((field, input) -> {
            ((com.vaadin.flow.component.HasLabel) input).setLabel(context.getTranslation(field.labelKey()));
            if (input instanceof TextField t) {
                t.setMaxLength(field.maxLength());
            } else if (input instanceof TextArea a) {
                a.setMaxLength(field.maxLength());
                a.setHelperText(context.getTranslation("plan.workspace.text-help"));
            }
        });
        title.setRequiredIndicatorVisible(true);
        budget.setHelperText(context.getTranslation("plan.workspace.budget-help"));
    }

    private void register(PlanField field, HasValue<?, ?> input) {
        byField.put(field, input);
        ((Component) input).getElement().setAttribute("data-field", field.name().toLowerCase());
    }

    Map<PlanField, HasValue<?, ?>> all() {
        return byField;
    }

    HasValue<?, ?> get(PlanField field) {
        return byField.get(field);
    }
}
