package org.cohesion.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.cohesion.base.ui.Notifications;
import org.cohesion.proposal.ProposalDecisions;
import org.cohesion.proposal.ProposalLink;

/** A planner merges a duplicate into another proposal of the community that still gathers support. */
class MergeDialog extends Dialog {

    final ComboBox<ProposalLink> target = new ComboBox<>();
    final Button confirm = new Button();

    MergeDialog(ProposalView view, ProposalDecisions decisions) {
        setHeaderTitle(getTranslation("proposal.merge.title"));
        long id = view.details.id();
        target.setLabel(getTranslation("proposal.merge.target"));
        target.setItems(q -> decisions.mergeTargets(id, q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        target.setItemLabelGenerator(ProposalLink::title);
        target.setRequiredIndicatorVisible(true);
        target.setWidthFull();
        add(new Paragraph(getTranslation("proposal.merge.help")), target);
        confirm.setText(getTranslation("proposal.merge"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            if (target.getValue() == null) {
                target.setErrorMessage(getTranslation("validation.required"));
                target.setInvalid(true);
                return;
            }
            long into = target.getValue().id();
            close();
            if (view.act(() -> decisions.merge(id, into))) {
                Notifications.success(getTranslation("proposal.merged.done"));
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
