package org.cohesion.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Predicate;
import org.cohesion.base.ValidationException;
import org.cohesion.base.ui.FieldErrors;
import org.cohesion.moderation.ModerationService;

/** Asks for the reason of hiding (required, shown to the author), then hides. */
class HideDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    HideDialog(Predicate<String> hide) {
        setHeaderTitle(getTranslation("moderation.queue.hide"));
        reason.setLabel(getTranslation("moderation.queue.hide-reason"));
        reason.setMaxLength(ModerationService.MAX_REASON);
        reason.setRequired(true);
        reason.setWidthFull();
        confirm.setText(getTranslation("moderation.queue.hide"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(e -> {
            try {
                if (hide.test(reason.getValue())) {
                    close();
                }
            } catch (ValidationException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(FieldErrors.translate(this, ex.fieldErrors().values().iterator().next()));
            }
        });
        Button cancel = new Button(getTranslation("moderation.flag.cancel"), e -> close());
        add(reason);
        getFooter().add(cancel, confirm);
    }
}
