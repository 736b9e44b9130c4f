package org.cohesion.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Predicate;
import org.cohesion.base.ValidationException;
import org.cohesion.base.ui.FieldErrors;
import org.cohesion.moderation.ModerationService;

/** Confirms blocking a person, with the reason (required). */
class BlockDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    BlockDialog(String name, Predicate<String> block) {
        setHeaderTitle(getTranslation("moderation.block.title", name));
        reason.setLabel(getTranslation("moderation.block.reason"));
        reason.setMaxLength(ModerationService.MAX_REASON);
        reason.setRequired(true);
        reason.setWidthFull();
        confirm.setText(getTranslation("moderation.block.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(e -> {
            try {
                if (block.test(reason.getValue())) {
                    close();
                }
            } catch (ValidationException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(FieldErrors.translate(this, ex.fieldErrors().values().iterator().next()));
            }
        });
        add(new Paragraph(getTranslation("moderation.block.text")), reason);
        getFooter().add(new Button(getTranslation("moderation.flag.cancel"), e -> close()), confirm);
    }
}
