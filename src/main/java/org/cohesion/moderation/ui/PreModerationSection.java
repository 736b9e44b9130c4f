package org.cohesion.moderation.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.cohesion.base.ui.Notifications;
import org.cohesion.moderation.PreModerationService;
import org.springframework.security.access.AccessDeniedException;

/**
 * In a plan's workspace: the pre-moderation switch for its moderators and planners; for everyone else, a note
 * when it is on (their contributions wait for approval).
 */
class PreModerationSection extends Div {

    final Checkbox toggle = new Checkbox();
    final Paragraph note = new Paragraph();

    PreModerationSection(PreModerationService service, long planId) {
        addClassName("premoderation-section");
        boolean on = service.isOn(planId);
        note.setText(getTranslation("moderation.premoderation.on"));
        note.setVisible(on);
        if (service.canChange(planId)) {
            toggle.setLabel(getTranslation("moderation.premoderation.label"));
            toggle.setValue(on);
            toggle.addValueChangeListener(e -> {
                if (!e.isFromClient()) {
                    return;
                }
                try {
                    service.change(planId, e.getValue());
                    note.setVisible(e.getValue());
                } catch (AccessDeniedException ex) {
                    Notifications.error(getTranslation("moderation.queue.not-allowed"));
                    toggle.setValue(e.getOldValue());
                }
            });
            add(new H3(getTranslation("moderation.premoderation.title")), toggle, note);
        } else {
            add(note);
            setVisible(on);
        }
    }
}
