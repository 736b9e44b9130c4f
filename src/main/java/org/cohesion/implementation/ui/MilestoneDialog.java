package org.cohesion.implementation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cohesion.base.ValidationException;
import org.cohesion.base.ui.FieldErrors;
import org.cohesion.implementation.ImplementationService;
import org.cohesion.implementation.MilestoneDraft;
import org.cohesion.implementation.MilestoneStatus;
import org.cohesion.implementation.MilestoneView;

/** Adds or changes a milestone: title, target and actual date, progress 0–100 %, status. */
class MilestoneDialog extends Dialog {

    final TextField title = new TextField();
    final DatePicker targetDate = new DatePicker();
    final DatePicker actualDate = new DatePicker();
    final IntegerField progress = new IntegerField();
    final Select<MilestoneStatus> status = new Select<>();
    final Button save = new Button();

    MilestoneDialog(ImplementationService implementation, long planId, MilestoneView current, Runnable saved) {
        setHeaderTitle(getTranslation(current == null ? "implementation.milestone.add"
                : "implementation.milestone.edit"));
        title.setLabel(getTranslation("implementation.milestone.title"));
        title.setMaxLength(ImplementationService.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        targetDate.setLabel(getTranslation("implementation.milestone.target-date"));
        targetDate.setRequiredIndicatorVisible(true);
        actualDate.setLabel(getTranslation("implementation.milestone.actual-date"));
        progress.setLabel(getTranslation("implementation.milestone.progress-label"));
        progress.setMin(0);
        progress.setMax(100);
        progress.setStepButtonsVisible(true);
        progress.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        status.setLabel(getTranslation("implementation.milestone.status"));
        status.setItems(MilestoneStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.labelKey()));
        if (current == null) {
            progress.setValue(0);
            status.setValue(MilestoneStatus.PLANNED);
        } else {
            title.setValue(current.title());
            targetDate.setValue(current.targetDate());
            actualDate.setValue(current.actualDate());
            progress.setValue(current.progress());
            status.setValue(current.status());
        }
        FormLayout form = new FormLayout(title, targetDate, actualDate, progress, status);
        form.setColspan(title, 2);
        add(form);
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("targetDate", targetDate);
        fields.put("actualDate", actualDate);
        fields.put("progress", progress);
        fields.put("status", status);
        save.setText(getTranslation("implementation.milestone.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            FieldErrors.clear(fields);
            MilestoneDraft draft = new MilestoneDraft(title.getValue(), targetDate.getValue(), actualDate.getValue(),
                    progress.getValue(), status.getValue());
            try {
                if (current == null) {
                    implementation.addMilestone(planId, draft);
                } else {
                    implementation.updateMilestone(current.id(), current.version(), draft);
                }
                close();
                saved.run();
            } catch (ValidationException ex) {
                FieldErrors.show(this, ex, fields);
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), ev -> close());
        getFooter().add(cancel, save);
    }
}
