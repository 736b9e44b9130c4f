package org.cohesion.notification.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import org.cohesion.base.ui.Notifications;
import org.cohesion.notification.NotificationPreference;
import org.cohesion.notification.NotificationService;

/** The person's choice of notifications (all, only my input, none), saved as soon as it changes. */
public class NotificationPreferenceField extends RadioButtonGroup<NotificationPreference> {

    public NotificationPreferenceField(NotificationService service) {
        addClassName("notification-preference");
        setLabel(getTranslation("notification.preference.label"));
        addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        setItems(NotificationPreference.values());
        setItemLabelGenerator(p -> getTranslation(p.labelKey()));
        setValue(service.preference());
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                service.setPreference(e.getValue());
                Notifications.success(getTranslation("notification.preference.saved",
                        getTranslation(e.getValue().labelKey())));
            }
        });
    }
}
