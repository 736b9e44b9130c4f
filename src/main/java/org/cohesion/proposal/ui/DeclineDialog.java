package org.cohesion.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.cohesion.base.ValidationException;
import org.cohesion.base.ui.FieldErrors;
import org.cohesion.base.ui.Notifications;
import org.cohesion.proposal.ProposalService;

/** A planner declines a proposal with a reason every member can read (required). */
class DeclineDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    DeclineDialog(ProposalView view) {
        setHeaderTitle(getTranslation("proposal.decline.title"));
        reason.setLabel(getTranslation("proposal.decline.reason"));
        reason.setHelperText(getTranslation("proposal.decline.reason.help"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(ProposalService.MAX_REASON * 2);
        reason.setMinRows(3);
        reason.setWidthFull();
        add(reason);
        confirm.setText(getTranslation("proposal.decline.title"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(e -> {
            try {
                view.details = view.decisions().decline(view.details.id(), reason.getValue());
                view.render();
                close();
                Notifications.success(getTranslation("proposal.declined.done"));
            } catch (ValidationException ex) {
                if (ex.fieldErrors().containsKey("reason")) {
                    FieldErrors.show(this, ex, Map.of("reason", reason));
                } else {
                    close();
                    view.act(() -> {
                        throw ex;
                    });
                }
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
