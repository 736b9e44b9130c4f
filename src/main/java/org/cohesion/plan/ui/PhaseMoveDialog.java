package org.cohesion.plan.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.cohesion.base.ValidationException;
import org.cohesion.base.ui.FieldErrors;
import org.cohesion.base.ui.Notifications;
import org.cohesion.plan.PhaseMove;
import org.cohesion.plan.PlanPhase;
import org.cohesion.plan.PlanPhaseService;
import org.springframework.security.access.AccessDeniedException;

/**
 * A planner moves the plan on: to the next phase by default, or (ticking "go back or skip") to any other phase;
 * the note is always required.
 */
class PhaseMoveDialog extends Dialog {

    final Select<PlanPhase> target = new Select<>();
    final Checkbox otherPhase = new Checkbox();
    final TextArea note = new TextArea();
    final Button confirm = new Button();

    PhaseMoveDialog(PlanPhaseService phases, long planId, PlanPhase current, Consumer<PhaseMove> moved) {
        setHeaderTitle(getTranslation("phase.move.title"));
        addClassName("phase-move-dialog");
        Paragraph now = new Paragraph(getTranslation("phase.move.now", getTranslation(current.labelKey())));
        target.setLabel(getTranslation("phase.move.to"));
        target.setItemLabelGenerator(p -> p == null ? "" : getTranslation(p.labelKey()));
        otherPhase.setLabel(getTranslation("phase.move.other"));
        otherPhase.addValueChangeListener(e -> offer(current, e.getValue()));
        offer(current, current.next() == null);
        otherPhase.setValue(current.next() == null);
        otherPhase.setReadOnly(current.next() == null);
        note.setLabel(getTranslation("phase.move.note"));
        note.setHelperText(getTranslation("phase.move.note-help"));
        note.setRequiredIndicatorVisible(true);
        note.setMaxLength(PlanPhaseService.MAX_NOTE);
        note.setWidthFull();
        add(now, target, otherPhase, note);

        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("to", target);
        fields.put("note", note);
        confirm.setText(getTranslation("phase.move.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            FieldErrors.clear(fields);
            try {
                PhaseMove move = phases.move(planId, current, target.getValue(), note.getValue());
                close();
                moved.accept(move);
            } catch (ValidationException ex) {
                FieldErrors.show(this, ex, fields);
            } catch (AccessDeniedException ex) {
                Notifications.error(getTranslation("phase.move.not-planner"));
                close();
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, confirm);
    }

    /** The next phase only, or every other phase (back or skipping). */
    private void offer(PlanPhase current, boolean any) {
        if (any) {
            target.setItems(Arrays.stream(PlanPhase.values()).filter(p -> p != current).toList());
            target.setValue(current.next());
        } else {
            target.setItems(current.next());
            target.setValue(current.next());
        }
    }
}
