package org.cohesion.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.BiConsumer;
import org.cohesion.annotation.AnnotationCategory;
import org.cohesion.annotation.AnnotationService;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.ValidationException;
import org.cohesion.base.ui.FieldErrors;
import org.cohesion.base.ui.Notifications;
import org.springframework.security.access.AccessDeniedException;

/**
 * Asks for the category and first comment of a new pin, area or remark (showing the quoted passage of a
 * remark), then saves it through the given action. Refusals are shown at their field, or as a notification.
 */
class PlaceAnnotationDialog extends Dialog {

    final Select<AnnotationCategory> category = new Select<>();
    final TextArea body = new TextArea();
    final Button save = new Button();
    final Button cancel = new Button();
    PlaceAnnotationDialog(String quote, BiConsumer<AnnotationCategory, String> action) {
        setHeaderTitle(getTranslation(quote == null ? "annotation.dialog.title" : "remark.dialog.title"));
        category.setLabel(getTranslation("annotation.dialog.category"));
        category.setItems(AnnotationCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        category.setValue(AnnotationCategory.IDEA);
        body.setLabel(getTranslation("annotation.dialog.body"));
        body.setMaxLength(AnnotationService.MAX_BODY);
        body.setRequired(true);
        body.setWidthFull();
        save.setText(getTranslation("annotation.dialog.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                action.accept(category.getValue(), body.getValue());
                close();
            } catch (ValidationException ex) {
                FieldErrors.show(this, ex, Map.of("category", category, "body", body));
                if (!ex.fieldErrors().containsKey("category") && !ex.fieldErrors().containsKey("body")) {
                    Notifications.error(FieldErrors.translate(this, ex.fieldErrors().values().iterator().next()));
                }
            } catch (AccessDeniedException | ObjectNotFoundException ex) {
                Notifications.error(getTranslation("annotation.not-allowed"));
                close();
            }
        });
        cancel.setText(getTranslation("annotation.cancel"));
        cancel.addClickListener(e -> close());
        if (quote != null) {
            Paragraph quoted = new Paragraph(quote);
            quoted.addClassName("remark-dialog-quote");
            quoted.getElement().setAttribute("aria-label", getTranslation("remark.dialog.quote", quote));
            add(quoted);
        }
        add(category, body);
        getFooter().add(cancel, save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                body.focus();
            }
        });
    }
}
