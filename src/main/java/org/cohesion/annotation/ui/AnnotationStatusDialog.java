package org.cohesion.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.cohesion.annotation.AnnotationInfo;
import org.cohesion.annotation.AnnotationService;
import org.cohesion.annotation.AnnotationStatus;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.ValidationException;
import org.cohesion.base.ui.FieldErrors;
import org.cohesion.base.ui.Notifications;
import org.springframework.security.access.AccessDeniedException;

/** A planner answers an annotation: a status, a reason (required when declining), a revision when addressed. */
class AnnotationStatusDialog extends Dialog {

    final Select<AnnotationStatus> status = new Select<>();
    final TextArea reason = new TextArea();
    final IntegerField revision = new IntegerField();
    final Button save = new Button();
    final Button cancel = new Button();

    AnnotationStatusDialog(AnnotationPanel panel, AnnotationInfo target) {
        setHeaderTitle(getTranslation("annotation.status.dialog.title", target.number()));
        status.setLabel(getTranslation("annotation.column.status"));
        status.setItems(AnnotationStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        status.setValue(target.status());
        reason.setLabel(getTranslation("annotation.status.reason"));
        reason.setMaxLength(AnnotationService.MAX_REASON);
        reason.setWidthFull();
        if (target.statusReason() != null) {
            reason.setValue(target.statusReason());
        }
        revision.setLabel(getTranslation("annotation.status.revision"));
        revision.setMin(1);
        revision.setStepButtonsVisible(true);
        if (target.addressedInRevision() != null) {
            revision.setValue(target.addressedInRevision());
        }
        status.addValueChangeListener(e -> showFor(e.getValue()));
        showFor(target.status());
        save.setText(getTranslation("annotation.status.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                panel.answer(target, status.getValue(), reason.getValue(), revision.getValue());
                close();
            } catch (ValidationException ex) {
                FieldErrors.show(this, ex, Map.of("status", status, "reason", reason, "revision", revision));
            } catch (AccessDeniedException | ObjectNotFoundException ex) {
                Notifications.error(getTranslation("annotation.not-allowed"));
                close();
            }
        });
        cancel.setText(getTranslation("annotation.cancel"));
        cancel.addClickListener(e -> close());
        add(status, reason, revision);
        getFooter().add(cancel, save);
    }

    private void showFor(AnnotationStatus value) {
        reason.setRequired(value == AnnotationStatus.DECLINED);
        revision.setVisible(value == AnnotationStatus.ADDRESSED);
    }
}
