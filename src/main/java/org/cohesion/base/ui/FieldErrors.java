package org.cohesion.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import org.cohesion.base.Message;
import org.cohesion.base.ValidationException;

/** Shows a service's field errors next to the form fields they name; the rest as a notification. */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** Marks each named field invalid with its translated message; errors for unknown fields are notified. */
    public static void show(Component context, ValidationException e, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
        e.fieldErrors().forEach((name, message) -> {
            HasValidation field = fields.get(name);
            String text = translate(context, message);
            if (field != null) {
                field.setErrorMessage(text);
                field.setInvalid(true);
            } else {
                Notifications.error(text);
            }
        });
        fields.entrySet().stream().filter(en -> e.fieldErrors().containsKey(en.getKey()))
                .findFirst().map(Map.Entry::getValue)
                .filter(f -> f instanceof com.vaadin.flow.component.Focusable<?>)
                .ifPresent(f -> ((com.vaadin.flow.component.Focusable<?>) f).focus());
    }

    /** Clears the invalid state of every field. */
    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    public static String translate(Component context, Message message) {
        return context.getTranslation(message.key(), message.args());
    }
}
