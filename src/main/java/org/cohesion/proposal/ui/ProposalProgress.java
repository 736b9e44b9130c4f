package org.cohesion.proposal.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;

/** A bar with text: how many of the supporters needed a proposal has. */
final class ProposalProgress {

    private ProposalProgress() {
    }

    static void configure(ProgressBar bar, Span text, int count, int threshold, boolean reached) {
        bar.setMin(0);
        bar.setMax(Math.max(1, threshold));
        bar.setValue(Math.min(count, Math.max(1, threshold)));
        String label = text.getTranslation("proposal.progress", count, threshold);
        text.setText(label);
        bar.getElement().setAttribute("aria-label", label);
        if (reached) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_SUCCESS);
        }
    }
}
