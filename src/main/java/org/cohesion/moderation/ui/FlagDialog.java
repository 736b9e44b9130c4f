package org.cohesion.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Map;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.ValidationException;
import org.cohesion.base.ui.FieldErrors;
import org.cohesion.base.ui.Notifications;
import org.cohesion.moderation.ContentType;
import org.cohesion.moderation.FlagReason;
import org.cohesion.moderation.ModerationService;
import org.springframework.security.access.AccessDeniedException;

/** Flags a contribution: a reason, and for "other" a text (required, at most 500 characters). */
public class FlagDialog extends Dialog {

    final RadioButtonGroup<FlagReason> reason = new RadioButtonGroup<>();
    final TextArea text = new TextArea();
    final Button submit = new Button();

    FlagDialog(ModerationService service, ContentType type, long contentId, Runnable flagged) {
        setHeaderTitle(getTranslation("moderation.flag.title"));
        reason.setLabel(getTranslation("moderation.flag.reason"));
        reason.setItems(FlagReason.values());
        reason.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        reason.addValueChangeListener(e -> text.setVisible(e.getValue() == FlagReason.OTHER));
        text.setLabel(getTranslation("moderation.flag.text"));
        text.setMaxLength(ModerationService.MAX_FLAG_TEXT);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidthFull();
        text.setVisible(false);
        submit.setText(getTranslation("moderation.flag.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            try {
                service.flag(type, contentId, reason.getValue(), text.getValue());
                Notifications.success(getTranslation("moderation.flag.done"));
                close();
                flagged.run();
            } catch (ValidationException ex) {
                FieldErrors.show(this, ex, Map.of("reason", reason, "text", text));
            } catch (AccessDeniedException | ObjectNotFoundException ex) {
                Notifications.error(getTranslation("moderation.queue.not-allowed"));
                close();
            }
        });
        add(new Paragraph(getTranslation("moderation.flag.intro")), reason, text);
        getFooter().add(new Button(getTranslation("moderation.flag.cancel"), e -> close()), submit);
    }
}
