package org.cohesion.proposal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.Locale;
import org.cohesion.base.ui.Formats;
import org.cohesion.proposal.ProposalStatus;
import org.cohesion.proposal.ProposalSummary;

/** One proposal in the list: title (a link), status, kind and place, author and date, support progress. */
class ProposalCard extends Div {

    final Anchor title;
    final Span status = new Span();
    final Span where = new Span();
    final Span by = new Span();
    final Span progressText = new Span();
    final ProgressBar progress = new ProgressBar();

    ProposalCard(ProposalSummary p, Locale locale) {
        addClassName("proposal-card");
        title = new Anchor("proposals/" + p.id(), p.title());
        title.addClassName("proposal-card-title");
        status.setText(getTranslation(p.status().labelKey()));
        status.addClassNames("proposal-status", "proposal-status-" + p.status().name().toLowerCase(Locale.ROOT));
        where.setText(getTranslation(p.kind().labelKey()) + " · " + p.location());
        where.addClassName("proposal-card-where");
        by.setText(getTranslation("proposals.card.by", p.authorName(), Formats.date(p.createdAt(), locale)));
        by.addClassName("proposal-card-by");
        ProposalProgress.configure(progress, progressText, p.supportCount(), p.supportThreshold(),
                p.status() == ProposalStatus.READY || p.status() == ProposalStatus.BECAME_PLAN);
        Div head = new Div(title, status);
        head.addClassName("proposal-card-head");
        Div support = new Div(progress, progressText);
        support.addClassName("proposal-progress");
        add(head, where, by, support);
    }
}
