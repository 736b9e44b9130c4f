package org.cohesion.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import java.util.stream.Stream;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.ui.Formats;
import org.cohesion.base.ui.Notifications;
import org.cohesion.collab.CollaborationUsers;
import org.cohesion.collab.PlanTopics;
import org.cohesion.plan.PlanDetails;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanHistoryService;
import org.cohesion.plan.PlanService;
import org.cohesion.plan.RevisionSummary;
import org.cohesion.security.CurrentUser;

/**
 * The history of a plan: its revisions newest first; selecting one shows what changed compared with
 * another revision (the previous one by default), and lets co-editors restore it. A restore is announced
 * to everyone with the plan open, whose workspaces then show the restored values.
 */
@Route("plans/:planId(\\d+)/history")
@PermitAll
class PlanHistoryView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PLAN_ID = "planId";

    private final PlanService planService;
    private final PlanHistoryService history;
    private final CurrentUser currentUser;

    private long planId;
    private PlanDetails plan;

    final Anchor back = new Anchor();
    final H1 title = new H1();
    final Grid<RevisionSummary> grid = new Grid<>();
    private GridLazyDataView<RevisionSummary> revisions;
    final Section detail = new Section();
    final H2 revisionTitle = new H2();
    final Paragraph revisionMeta = new Paragraph();
    final IntegerField compareFrom = new IntegerField();
    final IntegerField compareTo = new IntegerField();
    final Paragraph compareHeading = new Paragraph();
    final PlanHistoryDiffPanel diff = new PlanHistoryDiffPanel();
    final Button restore = new Button();
    private final Paragraph noneSelected = new Paragraph();

    PlanHistoryView(PlanService planService, PlanHistoryService history, CurrentUser currentUser) {
        this.planService = planService;
        this.history = history;
        this.currentUser = currentUser;
        addClassName("plan-history-view");
        back.setText(getTranslation("plan.history.back"));
        back.addClassName("history-back");
        Paragraph intro = new Paragraph(getTranslation("plan.history.intro"));
        intro.addClassName("history-intro");
        configureGrid();
        configureDetail();
        Div layout = new Div(grid, detail);
        layout.addClassName("history-layout");
        add(back, title, intro, layout);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong(PLAN_ID);
        if (id.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        PlanDetails opened;
        try {
            opened = planService.open(id.get());
        } catch (ObjectNotFoundException e) {
            event.rerouteToError(e, "");
            return;
        }
        show(opened);
        event.getLocation().getQueryParameters().getSingleParameter("revision").flatMap(PlanHistoryView::number)
                .ifPresent(this::selectRevision);
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Selects a revision named in the link ({@code ?revision=N}, as answers to annotations use), if it exists. */
    private void selectRevision(int number) {
        try {
            grid.select(history.revision(planId, number));
        } catch (ObjectNotFoundException e) {
            // not a revision of this plan: the newest stays selected
        }
    }

    @Override
    public String getPageTitle() {
        return plan == null ? getTranslation("plan.history.revisions")
                : getTranslation("plan.history.page-title", plan.value(PlanField.TITLE));
    }

    /** Shows the plan just opened; the view may be reused when only the plan id in the URL changes. */
    private void show(PlanDetails opened) {
        plan = opened;
        planId = opened.id();
        back.setHref("plans/" + planId);
        title.setText(getTranslation("plan.history.title", plan.value(PlanField.TITLE)));
        grid.deselectAll();
        revisions.refreshAll();
        selectNewest();
    }

    private void configureGrid() {
        grid.addClassName("history-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.getElement().setAttribute("aria-label", getTranslation("plan.history.revisions"));
        grid.addColumn(r -> Formats.number(r.number(), getLocale())).setKey("number")
                .setHeader(getTranslation("plan.history.column.number"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(0).setWidth("5rem");
        grid.addColumn(RevisionSummary::authorName).setKey("author")
                .setHeader(getTranslation("plan.history.column.author")).setFlexGrow(2);
        grid.addColumn(r -> Formats.dateTime(r.startedAt(), getLocale())).setKey("time")
                .setHeader(getTranslation("plan.history.column.time")).setFlexGrow(2);
        grid.addColumn(this::changedText).setKey("fields")
                .setHeader(getTranslation("plan.history.column.fields")).setFlexGrow(3);
        grid.getColumns().forEach(c -> c.setResizable(true));
        revisions = grid.setItems(
                query -> plan == null ? Stream.empty()
                        : history.revisions(planId, query.getOffset(), query.getLimit()).stream(),
                query -> plan == null ? 0 : history.countRevisions(planId));
        revisions.setIdentifierProvider(RevisionSummary::number);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                showRevision(e.getValue());
                if (e.isFromClient()) {
                    detail.scrollIntoView();
                }
            } else {
                showNone();
            }
        });
    }

    private String changedText(RevisionSummary revision) {
        String fields = PlanHistoryFormat.fields(this, revision.fields());
        if (revision.isRestore()) {
            String note = getTranslation("plan.history.restored-from", revision.restoredFrom());
            return fields.isEmpty() ? note : note + getTranslation("plan.history.fields.separator") + fields;
        }
        return fields;
    }

    private void configureDetail() {
        detail.addClassName("history-detail");
        compareFrom.setLabel(getTranslation("plan.history.compare.from"));
        compareFrom.setHelperText(getTranslation("plan.history.compare.help"));
        compareTo.setLabel(getTranslation("plan.history.compare.to"));
        for (IntegerField field : new IntegerField[] {compareFrom, compareTo}) {
            field.setStepButtonsVisible(true);
            field.setMin(0);
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    compare();
                }
            });
        }
        HorizontalLayout compareBar = new HorizontalLayout(compareFrom, compareTo);
        compareBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        compareBar.setWrap(true);
        compareBar.addClassName("history-compare");

        restore.setText(getTranslation("plan.history.restore"));
        restore.setIcon(VaadinIcon.ROTATE_LEFT.create());
        restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        restore.addClickListener(e -> confirmRestore());

        revisionMeta.addClassName("history-revision-meta");
        compareHeading.addClassName("history-compare-heading");
        noneSelected.setText(getTranslation("plan.history.none-selected"));
        detail.add(noneSelected, revisionTitle, revisionMeta, restore, compareBar, compareHeading, diff);
        showNone();
    }

    private void selectNewest() {
        history.revisions(planId, 0, 1).stream().findFirst().ifPresentOrElse(grid::select, this::showNone);
    }

    private void showNone() {
        noneSelected.setVisible(true);
        for (Component c : new Component[] {revisionTitle, revisionMeta, restore, compareFrom,
                compareTo, compareHeading}) {
            c.setVisible(false);
        }
        diff.clear();
    }

    private void showRevision(RevisionSummary revision) {
        noneSelected.setVisible(false);
        revisionTitle.setVisible(true);
        revisionMeta.setVisible(true);
        compareFrom.setVisible(true);
        compareTo.setVisible(true);
        compareHeading.setVisible(true);
        restore.setVisible(plan.canEdit());
        revisionTitle.setText(getTranslation("plan.history.revision.title", revision.number()));
        String meta = getTranslation("plan.history.revision.by", revision.authorName(),
                Formats.dateTime(revision.startedAt(), getLocale()));
        if (revision.isRestore()) {
            meta = meta + " · " + getTranslation("plan.history.restored-from", revision.restoredFrom());
        }
        revisionMeta.setText(meta);
        int newest = history.countRevisions(planId);
        compareFrom.setMax(newest);
        compareTo.setMax(newest);
        compareFrom.setValue(revision.number() - 1);
        compareTo.setValue(revision.number());
        compare();
    }

    /** Shows the differences between the two chosen revisions. */
    void compare() {
        Integer from = compareFrom.getValue();
        Integer to = compareTo.getValue();
        int newest = history.countRevisions(planId);
        if (from == null || to == null || from < 0 || to < 0 || from > newest || to > newest) {
            compareHeading.setText(getTranslation("plan.history.compare.invalid", 0, newest));
            diff.clear();
            return;
        }
        compareHeading.setText(getTranslation("plan.history.compare.heading", from, to));
        diff.show(history.diff(planId, from, to));
    }

    private void confirmRestore() {
        RevisionSummary selected = grid.asSingleSelect().getValue();
        if (selected == null) {
            return;
        }
        int number = selected.number();
        if (history.diff(planId, number, history.countRevisions(planId)).isEmpty()) {
            Notifications.success(getTranslation("plan.history.restore.nothing", number));
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("plan.history.restore.confirm-title", number));
        dialog.setText(getTranslation("plan.history.restore.confirm-text", number));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("plan.history.restore.cancel"));
        dialog.setConfirmText(getTranslation("plan.history.restore.confirm"));
        dialog.setConfirmButtonTheme("primary");
        dialog.addConfirmListener(e -> restore(number));
        dialog.open();
    }

    private void restore(int number) {
        int created = history.restore(planId, number);
        plan = planService.open(planId);
        PlanTopics.announceGeneration(this, CollaborationUsers.of(currentUser.require()), planId, plan.generation());
        revisions.refreshAll();
        selectNewest();
        Notifications.success(getTranslation("plan.history.restored", number, created));
    }
}
