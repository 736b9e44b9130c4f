package org.cohesion.proposal.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Map;
import org.cohesion.base.ValidationException;
import org.cohesion.base.ui.FieldErrors;
import org.cohesion.base.ui.Notifications;
import org.cohesion.people.MyCommunity;
import org.cohesion.proposal.ProposalRules;
import org.cohesion.proposal.ProposalService;

/** A planner sets a community's support threshold and open period for new proposals. */
class RulesDialog extends Dialog {

    final IntegerField threshold = new IntegerField();
    final IntegerField days = new IntegerField();
    final Button save = new Button();

    RulesDialog(ProposalService proposals, MyCommunity community) {
        setHeaderTitle(getTranslation("proposals.rules.title", community.name().in(getLocale())));
        ProposalRules rules = proposals.rules(community.communityId());
        threshold.setLabel(getTranslation("proposal.rules.threshold"));
        threshold.setMin(ProposalRules.MIN_THRESHOLD);
        threshold.setMax(ProposalRules.MAX_THRESHOLD);
        threshold.setStepButtonsVisible(true);
        threshold.setValue(rules.supportThreshold());
        days.setLabel(getTranslation("proposal.rules.days"));
        days.setMin(ProposalRules.MIN_DAYS);
        days.setMax(ProposalRules.MAX_DAYS);
        days.setStepButtonsVisible(true);
        days.setValue(rules.openDays());
        add(new Paragraph(getTranslation("proposals.rules.help")), new FormLayout(threshold, days));
        Map<String, HasValidation> fields = Map.of("threshold", threshold, "openDays", days);
        save.setText(getTranslation("proposals.rules.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                proposals.updateRules(community.communityId(), threshold.getValue() == null ? 0 : threshold.getValue(),
                        days.getValue() == null ? 0 : days.getValue());
                Notifications.success(getTranslation("proposals.rules.saved"));
                close();
            } catch (ValidationException ex) {
                FieldErrors.show(this, ex, fields);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
