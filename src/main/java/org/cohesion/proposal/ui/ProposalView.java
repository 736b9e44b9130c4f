package org.cohesion.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.function.Supplier;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.ValidationException;
import org.cohesion.base.ui.Formats;
import org.cohesion.base.ui.Notifications;
import org.cohesion.proposal.ProposalDecisions;
import org.cohesion.proposal.ProposalDetails;
import org.cohesion.proposal.ProposalLink;
import org.cohesion.proposal.ProposalService;
import org.cohesion.proposal.ProposalStatus;

/**
 * One proposal in full: texts, photo, support progress and the support button (its label says the viewer's
 * state), what became of it (declined with its reason, merged into or from others, the plan it became) and, for
 * planners of its community, the decisions.
 */
@Route("proposals/:proposalId(\\d+)")
@PermitAll
class ProposalView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ProposalService proposals;
    private final ProposalDecisions decisions;
    final Anchor back = new Anchor("proposals", "");
    final H2 heading = new H2();
    final Span status = new Span();
    final Span where = new Span();
    final Span author = new Span();
    final Span timing = new Span();
    final Paragraph description = new Paragraph();
    final Image photo = new Image();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Button support = new Button();
    final Div outcome = new Div();
    final Div actions = new Div();
    final Button convert = new Button();
    final Button decline = new Button();
    final Button merge = new Button();
    ProposalDetails details;

    ProposalView(ProposalService proposals, ProposalDecisions decisions) {
        this.proposals = proposals;
        this.decisions = decisions;
        addClassName("proposal-view");
        back.setText(getTranslation("proposal.back"));
        status.addClassName("proposal-status");
        where.addClassName("proposal-where");
        author.addClassName("proposal-author");
        timing.addClassName("proposal-timing");
        description.addClassName("proposal-description");
        photo.addClassName("proposal-photo");
        outcome.addClassName("proposal-outcome");
        outcome.getElement().setAttribute("aria-live", "polite");
        support.addClickListener(e -> toggleSupport());
        Div supportRow = new Div(progress, progressText, support);
        supportRow.addClassName("proposal-support");
        supportRow.getElement().setAttribute("aria-live", "polite");

        convert.setText(getTranslation("proposal.convert"));
        convert.setIcon(VaadinIcon.CLIPBOARD_TEXT.create());
        convert.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        convert.addClickListener(e -> confirmConvert());
        decline.setText(getTranslation("proposal.decline"));
        decline.addClickListener(e -> new DeclineDialog(this).open());
        merge.setText(getTranslation("proposal.merge"));
        merge.addClickListener(e -> new MergeDialog(this, decisions).open());
        actions.addClassName("proposal-actions");
        actions.add(new H3(getTranslation("proposal.actions")), convert, decline, merge);

        Div head = new Div(heading, status);
        head.addClassName("proposal-head");
        add(back, head, where, author, timing, photo, description, supportRow, outcome, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("proposalId")
                .orElseThrow(() -> new ObjectNotFoundException("Proposal"));
        details = proposals.proposal(id);
        render();
    }

    void render() {
        Locale locale = getLocale();
        ProposalDetails d = details;
        heading.setText(d.title());
        status.setText(getTranslation(d.status().labelKey()));
        status.setClassName("proposal-status proposal-status-" + d.status().name().toLowerCase(Locale.ROOT));
        where.setText(getTranslation(d.kind().labelKey()) + " · " + d.location()
                + (d.communityName().isEmpty() ? "" : " · " + d.communityName().in(locale)));
        author.setText(getTranslation("proposal.author", d.authorName(), Formats.date(d.createdAt(), locale)));
        timing.setText(d.status() == ProposalStatus.OPEN
                ? getTranslation("proposal.expires", Formats.date(d.expiresAt(), locale))
                : d.status() == ProposalStatus.READY
                ? getTranslation("proposal.ready-since", Formats.date(d.readyAt(), locale)) : "");
        timing.setVisible(!timing.getText().isEmpty());
        description.setText(d.description());
        photo.setVisible(d.photoUrl() != null);
        if (d.photoUrl() != null) {
            photo.setSrc(d.photoUrl());
            photo.setAlt(getTranslation("proposal.photo.alt", d.title()));
        }
        progress.removeThemeVariants(com.vaadin.flow.component.progressbar.ProgressBarVariant.LUMO_SUCCESS);
        ProposalProgress.configure(progress, progressText, d.supportCount(), d.supportThreshold(),
                d.status() == ProposalStatus.READY || d.status() == ProposalStatus.BECAME_PLAN);
        renderSupport(d);
        renderOutcome(d, locale);
        actions.setVisible(d.canManage() && d.status().undecided());
        convert.setEnabled(d.status() == ProposalStatus.READY);
    }

    private void renderSupport(ProposalDetails d) {
        support.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        if (d.mine()) {
            support.setText(getTranslation("proposal.support.own-label"));
            support.setEnabled(false);
        } else if (!d.status().acceptsSupport()) {
            support.setText(getTranslation("proposal.support.closed-label"));
            support.setEnabled(false);
        } else if (d.supportedByMe()) {
            support.setText(getTranslation("proposal.support.withdraw"));
            support.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            support.setEnabled(true);
        } else {
            support.setText(getTranslation("proposal.support"));
            support.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            support.setEnabled(true);
        }
        support.getElement().setAttribute("aria-pressed", String.valueOf(d.supportedByMe()));
    }

    private void renderOutcome(ProposalDetails d, Locale locale) {
        outcome.removeAll();
        if (d.status() == ProposalStatus.DECLINED) {
            Paragraph reason = new Paragraph(d.declineReason());
            reason.addClassName("proposal-decline-reason");
            outcome.add(new Paragraph(getTranslation("proposal.declined", d.closedByName() == null ? ""
                    : d.closedByName(), Formats.date(d.closedAt(), locale))), reason);
        }
        if (d.mergedInto() != null) {
            outcome.add(line("proposal.merged-into", link("proposals/", d.mergedInto())));
        }
        if (d.plan() != null) {
            outcome.add(line("proposal.became-plan", link("plans/", d.plan())));
        }
        if (!d.mergedFrom().isEmpty()) {
            Div from = line("proposal.merged-from");
            d.mergedFrom().forEach(l -> from.add(link("proposals/", l)));
            outcome.add(from);
        }
        outcome.setVisible(outcome.getComponentCount() > 0);
    }

    private Div line(String key, com.vaadin.flow.component.Component... links) {
        Div line = new Div(new Span(getTranslation(key)));
        line.addClassName("proposal-link-line");
        line.add(links);
        return line;
    }

    private static Anchor link(String prefix, ProposalLink target) {
        Anchor a = new Anchor(prefix + target.id(), target.title() == null ? "#" + target.id() : target.title());
        a.addClassName("proposal-link");
        return a;
    }

    private void toggleSupport() {
        boolean withdrawing = details.supportedByMe();
        if (act(() -> withdrawing ? proposals.withdrawSupport(details.id()) : proposals.support(details.id()))) {
            Notifications.success(getTranslation(withdrawing ? "proposal.support.withdrawn" : "proposal.supported"));
        }
    }

    private void confirmConvert() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("proposal.convert.title"));
        dialog.setText(getTranslation("proposal.convert.text", details.title()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("proposal.convert"));
        dialog.addConfirmListener(e -> {
            if (act(() -> {
                decisions.convertToPlan(details.id());
                return proposals.proposal(details.id());
            })) {
                Notifications.success(getTranslation("proposal.converted"));
            }
        });
        dialog.open();
    }

    /**
     * Runs an action that returns the proposal's new state and shows it; a refusal (decided meanwhile, no longer
     * open) is shown as a message and the proposal reloaded. True when the action succeeded.
     */
    boolean act(Supplier<ProposalDetails> action) {
        try {
            details = action.get();
            render();
            return true;
        } catch (ValidationException e) {
            e.fieldErrors().values().stream().findFirst()
                    .ifPresent(m -> Notifications.error(getTranslation(m.key(), m.args())));
            details = proposals.proposal(details.id());
            render();
            return false;
        }
    }

    ProposalDecisions decisions() {
        return decisions;
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("proposals.title") : details.title();
    }
}
