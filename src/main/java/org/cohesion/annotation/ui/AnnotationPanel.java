package org.cohesion.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.dom.Element;
import elemental.json.Json;
import elemental.json.JsonArray;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cohesion.annotation.AnnotationCategory;
import org.cohesion.annotation.AnnotationFilter;
import org.cohesion.annotation.AnnotationInfo;
import org.cohesion.annotation.AnnotationService;
import org.cohesion.discussion.DiscussionService;
import org.cohesion.discussion.SubjectType;
import org.cohesion.discussion.ui.ThreadPanel;
import org.cohesion.annotation.AnnotationShape;
import org.cohesion.annotation.AnnotationStatus;
import org.cohesion.annotation.Point;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.ValidationException;
import org.cohesion.base.ui.FieldErrors;
import org.cohesion.base.ui.Notifications;
import org.cohesion.collab.PlanTopics;
import org.cohesion.plan.DrawingInfo;
import org.cohesion.plan.PlanDetails;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanPhase;
import org.cohesion.plan.ui.DrawingsPanel;
import org.cohesion.plan.ui.PlanEvents;
import org.springframework.security.access.AccessDeniedException;

/**
 * Pins and areas of the shown drawing: drawn over the drawing's stage in percent (so they follow the zoom),
 * numbered and coloured by category, and listed in a lazy grid beside them that does everything except placing
 * by keyboard. Selecting a row highlights its pin; clicking a pin selects its row. Changes are announced in the
 * plan's events topic, and everyone with the plan open re-reads the annotations from the service.
 */
class AnnotationPanel extends Section implements AfterNavigationObserver {

    /** The id of the pin a click landed on (event data), or '' for a click elsewhere on the stage. */
    static final String CLICKED_PIN = PinDrawing.CLICKED_PIN;

    /** The most pins and areas drawn over one drawing; the list shows all of them, page by page. */
    static final int MAX_DRAWN = 2_000;
    private static final int FIRST_WORDS = 60;

    private final AnnotationService service;
    private final long planId;
    /** Not open for new annotations: they are taken only in consultation (decision 0020). */
    private final boolean closed;
    private final boolean canManage;
    private final DrawingsPanel drawings;
    private final PlanEvents events;

    final Div layer = new Div();
    private final Element areas = new Element("svg");
    private final Element draftSvg = new Element("svg");
    private final Div pins = new Div();
    private JsonArray drawn = Json.createArray();
    private Long highlighted;
    private int drawCount;
    final Button placePin = new Button();
    final Button drawArea = new Button();
    final Button finishArea = new Button();
    final Button cancel = new Button();
    final Span modeHint = new Span();
    final Select<Scope> scopeFilter = new Select<>();
    final Select<AnnotationCategory> categoryFilter = new Select<>();
    final Select<AnnotationStatus> statusFilter = new Select<>();
    final Grid<AnnotationInfo> grid = new Grid<>();
    final Button delete = new Button();
    final Button setStatus = new Button();
    final Span count = new Span();
    final Div announcer = new Div();
    final Span noDrawing = new Span();

    private Mode mode = Mode.VIEW;
    private boolean refreshing;
    private final List<Point> draft = new ArrayList<>();
    private List<AnnotationInfo> shown = List.of();
    private AnnotationInfo selected;

    enum Mode { VIEW, PIN, AREA }

    /** What the list shows: the shown drawing's pins and areas, the remarks on the plan's texts, or all. */
    enum Scope {
        DRAWING, REMARKS, ALL;

        String labelKey() {
            return "annotation.scope." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final DiscussionService discussions;
    private final Div thread = new Div();
    private com.vaadin.flow.component.grid.Grid.Column<AnnotationInfo> whereColumn;

    AnnotationPanel(AnnotationService service, DiscussionService discussions, PlanDetails plan, DrawingsPanel drawings,
                    PlanEvents events) {
        this.discussions = discussions;
        this.service = service;
        this.planId = plan.id();
        this.closed = !PlanPhase.CONSULTATION.name().equals(plan.value(PlanField.PHASE));
        this.canManage = plan.canManageEditors();
        this.drawings = drawings;
        this.events = events;
        addClassName("annotations-panel");
        H3 heading = new H3(getTranslation("annotation.heading"));
        heading.setId("annotations-heading-" + planId);
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());

        layer.addClassName("annotation-layer");
        layer.getElement().setAttribute("role", "group");
        layer.getElement().setAttribute("aria-label", getTranslation("annotation.layer.label"));
        for (Element svg : List.of(areas, draftSvg)) {
            svg.setAttribute("class", "annotation-areas");
            svg.setAttribute("viewBox", "0 0 100 100");
            svg.setAttribute("preserveAspectRatio", "none");
            svg.setAttribute("aria-hidden", "true");
            layer.getElement().appendChild(svg);
        }
        pins.addClassName("annotation-pins");
        layer.add(pins);
        DomListenerRegistration click = layer.getElement().addEventListener("click", e -> {
            Optional<Long> pinId = e.getEventData().hasKey(CLICKED_PIN)
                    ? parseId(e.getEventData().getString(CLICKED_PIN)) : Optional.empty();
            if (pinId.isPresent()) {
                pinClicked(pinId.get());
            } else {
                stageClicked(e.getEventData().getNumber("event.offsetX"), e.getEventData().getNumber("event.offsetY"),
                        e.getEventData().getNumber("element.clientWidth"),
                        e.getEventData().getNumber("element.clientHeight"));
            }
        });
        click.addEventData(CLICKED_PIN).addEventData("event.offsetX").addEventData("event.offsetY")
                .addEventData("element.clientWidth").addEventData("element.clientHeight");
        // the browser forgets client-drawn pins when the layer is attached again (say, after a reconnect)
        layer.addAttachListener(e -> draw());
        drawings.stage().add(layer);

        placePin.setText(getTranslation("annotation.place-pin"));
        placePin.addClickListener(e -> setMode(Mode.PIN));
        drawArea.setText(getTranslation("annotation.draw-area"));
        drawArea.addClickListener(e -> setMode(Mode.AREA));
        finishArea.setText(getTranslation("annotation.finish-area"));
        finishArea.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        finishArea.addClickListener(e -> finishArea());
        cancel.setText(getTranslation("annotation.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(e -> setMode(Mode.VIEW));
        modeHint.addClassName("annotation-mode-hint");
        Div tools = new Div(placePin, drawArea, finishArea, cancel, modeHint);
        tools.addClassName("annotation-tools");

        scopeFilter.setLabel(getTranslation("annotation.filter.scope"));
        scopeFilter.setItems(Scope.values());
        scopeFilter.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        scopeFilter.setValue(Scope.DRAWING);
        scopeFilter.addValueChangeListener(e -> refresh());
        categoryFilter.setLabel(getTranslation("annotation.filter.category"));
        categoryFilter.setItems(AnnotationCategory.values());
        categoryFilter.setEmptySelectionAllowed(true);
        categoryFilter.setEmptySelectionCaption(getTranslation("annotation.filter.any"));
        categoryFilter.setItemLabelGenerator(c -> c == null ? getTranslation("annotation.filter.any")
                : getTranslation(c.labelKey()));
        categoryFilter.addValueChangeListener(e -> refresh());
        statusFilter.setLabel(getTranslation("annotation.filter.status"));
        statusFilter.setItems(AnnotationStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("annotation.filter.any"));
        statusFilter.setItemLabelGenerator(s -> s == null ? getTranslation("annotation.filter.any")
                : getTranslation(s.labelKey()));
        statusFilter.addValueChangeListener(e -> refresh());
        Div filters = new Div(scopeFilter, categoryFilter, statusFilter, count);
        filters.addClassName("annotation-filters");

        grid.addColumn(AnnotationInfo::number).setHeader(getTranslation("annotation.column.number"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> getTranslation(a.category().labelKey()))
                .setHeader(getTranslation("annotation.column.category")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::rowText).setHeader(getTranslation("annotation.column.text"))
                .setFlexGrow(1);
        whereColumn = grid.addColumn(this::whereText).setHeader(getTranslation("annotation.column.where"))
                .setAutoWidth(true);
        grid.addColumn(AnnotationInfo::authorName).setHeader(getTranslation("annotation.column.author"))
                .setAutoWidth(true);
        grid.addColumn(this::statusText).setHeader(getTranslation("annotation.column.status")).setAutoWidth(true);
        grid.addColumn(AnnotationInfo::replies).setHeader(getTranslation("annotation.column.replies"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(false);
        grid.addClassName("annotation-list");
        grid.getElement().setAttribute("aria-label", getTranslation("annotation.list.label"));
        grid.addSelectionListener(e -> {
            if (!refreshing) {
                select(e.getFirstSelectedItem().orElse(null), false);
            }
        });

        delete.setText(getTranslation("annotation.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> confirmDelete());
        setStatus.setText(getTranslation("annotation.set-status"));
        setStatus.addClickListener(e -> openStatusDialog());
        setStatus.setVisible(canManage);
        Div actions = new Div(setStatus, delete);
        actions.addClassName("annotation-actions");

        announcer.addClassName("visually-hidden");
        announcer.getElement().setAttribute("aria-live", "polite");
        announcer.getElement().setAttribute("role", "status");
        noDrawing.setText(getTranslation("annotation.no-drawing"));
        noDrawing.addClassName("empty-state");

        thread.addClassName("annotation-thread");
        add(heading, tools, filters, grid, actions, thread, noDrawing, announcer);
        drawings.addSelectionListener(d -> {
            setMode(Mode.VIEW);
            refresh();
        });
        setMode(Mode.VIEW);
        refresh();
        events.subscribe(PlanTopics.ANNOTATIONS, () -> {
            refresh();
            announcer.setText(getTranslation("annotation.live.changed"));
        });
        events.subscribe(PlanTopics.TEXTS, () -> {
            if (scopeFilter.getValue() != Scope.DRAWING) {
                refresh();
            }
        });
        AnnotationSelection.onChange(this, this::refresh);
        AnnotationSelection.onSelect(this, this::selectFromElsewhere);

    }

    /** The annotations drawn now (those of the shown drawing that match the filters). */
    List<AnnotationInfo> shown() {
        return shown;
    }

    /** The annotation selected in the list and highlighted on the drawing, if any. */
    Optional<AnnotationInfo> selected() {
        return Optional.ofNullable(selected);
    }

    Mode mode() {
        return mode;
    }

    /** Re-reads the annotations: the shown drawing's pins and areas, and the list (of the chosen scope). */
    void refresh() {
        Optional<DrawingInfo> drawing = drawings.selectedDrawing();
        Scope scope = scopeFilter.getValue() == null ? Scope.DRAWING : scopeFilter.getValue();
        boolean listed = scope != Scope.DRAWING || drawing.isPresent();
        noDrawing.setVisible(!listed);
        grid.setVisible(listed);
        whereColumn.setVisible(scope != Scope.DRAWING);
        shown = drawing.map(d -> service.list(planId, new AnnotationFilter(d.id(), categoryFilter.getValue(),
                statusFilter.getValue()), 0, MAX_DRAWN)).orElse(List.of());
        if (!listed) {
            selected = null;
            count.setText("");
            draw();
            updateActions();
            return;
        }
        AnnotationFilter filter = listFilter(scope, drawing.orElse(null));
        AnnotationInfo before = selected;
        selected = before == null ? null : firstMatching(filter, before.id());
        refreshing = true;
        try {
            // new items clear the grid's selection; the selection (and the thread with what is typed) stays
            grid.setItems(new CallbackDataProvider<AnnotationInfo, Void>(
                    q -> service.list(planId, filter, q.getOffset(), q.getLimit()).stream(),
                    q -> service.count(planId, filter), AnnotationInfo::id))
                    .setItemIndexProvider((item, q) -> service.indexOf(planId, filter, item));
            if (selected != null) {
                grid.select(selected);
            }
        } finally {
            refreshing = false;
        }
        if (selected == null) {
            if (before != null) {
                showThread();
            }
        } else {
            updateDetails();
        }
        count.setText(getTranslation("annotation.list.count", service.count(planId, filter)));
        draw();
        updateActions();
    }

    /** The annotation as it is now, if it still matches the list's filter. */
    private AnnotationInfo firstMatching(AnnotationFilter filter, long id) {
        try {
            AnnotationInfo now = service.annotation(id);
            boolean matches = (filter.drawingId() == null || filter.drawingId().equals(now.drawingId()))
                    && (!filter.remarksOnly() || now.isRemark())
                    && (filter.category() == null || filter.category() == now.category())
                    && (filter.status() == null || filter.status() == now.status());
            return matches ? now : null;
        } catch (ObjectNotFoundException e) {
            return null;
        }
    }

    private AnnotationFilter listFilter(Scope scope, DrawingInfo drawing) {
        return switch (scope) {
            case DRAWING -> new AnnotationFilter(drawing.id(), categoryFilter.getValue(), statusFilter.getValue());
            case REMARKS -> new AnnotationFilter(null, categoryFilter.getValue(), statusFilter.getValue(), true);
            case ALL -> new AnnotationFilter(null, categoryFilter.getValue(), statusFilter.getValue());
        };
    }

    /** A pin's or area's first words; a remark's quoted passage, then its first words. */
    String rowText(AnnotationInfo a) {
        if (!a.isRemark()) {
            return a.firstWords(FIRST_WORDS);
        }
        return getTranslation("annotation.row.remark", a.quoteWords(40), a.firstWords(FIRST_WORDS));
    }

    /** Where an annotation is: on which drawing, or on which text (and whether its passage is gone). */
    String whereText(AnnotationInfo a) {
        if (a.isRemark()) {
            String text = getTranslation(a.textField().labelKey());
            return a.outdated() ? getTranslation("annotation.where.outdated", text) : text;
        }
        return drawings.selectedDrawing().filter(d -> d.id() == a.drawingId()).map(DrawingInfo::title)
                .orElseGet(() -> getTranslation("annotation.where.other-drawing"));
    }

    /** A link to the workspace may name an annotation to select ({@code ?annotation=id}). */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("annotation")
                .flatMap(AnnotationPanel::parseId).ifPresent(this::selectFromElsewhere);
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Another part of the workspace (a highlighted text) or a link ({@code ?annotation=id}, as notifications
     * use) selected an annotation: show its drawing or the remarks, and select it in the list.
     */
    void selectFromElsewhere(long annotationId) {
        AnnotationInfo target;
        try {
            target = service.annotation(annotationId);
        } catch (ObjectNotFoundException | AccessDeniedException e) {
            return;
        }
        if (target.planId() != planId) {
            return;
        }
        if (target.isRemark() && scopeFilter.getValue() == Scope.DRAWING) {
            scopeFilter.setValue(Scope.REMARKS);
        } else if (!target.isRemark() && !drawings.showDrawing(target.drawingId())) {
            scopeFilter.setValue(Scope.ALL);
        }
        select(target, true);
        thread.getElement().executeJs("this.scrollIntoView({block: 'nearest'})");
    }

    /**
     * Draws the shown annotations in the browser from one compact payload (a pin is about 150 bytes of JSON
     * instead of a server-side element of about 1 KB), so a drawing with 2,000 pins stays light to open and to
     * update. Areas go into {@link #areas}, pins into {@link #pins}; neither has server-side children.
     */
    private void draw() {
        highlighted = selected == null ? null : selected.id();
        drawCount++;
        drawn = PinDrawing.draw(layer.getElement(), pins.getElement(), areas, shown, highlighted,
                a -> getTranslation("annotation.pin.label", a.number(), getTranslation(a.category().labelKey()),
                        a.firstWords(FIRST_WORDS)));
        drawDraft();
    }

    private void drawDraft() {
        draftSvg.removeAllChildren();
        if (!draft.isEmpty()) {
            Element line = new Element("polyline");
            line.setAttribute("points", PinDrawing.svgPoints(draft));
            line.setAttribute("class", "annotation-draft");
            draftSvg.appendChild(line);
        }
    }

    /** What was last sent to draw (for tests): one object per annotation, id, n(umber), c(ategory), x, y, l(abel). */
    JsonArray drawn() {
        return drawn;
    }

    /** The annotation last highlighted in the browser, if any. */
    Long highlighted() {
        return highlighted;
    }

    /** How many times all annotations were sent to the browser. */
    int drawCount() {
        return drawCount;
    }



    /** Selects an annotation: highlights its pin and selects its row (from a pin click or the list). */
    void select(AnnotationInfo annotation, boolean fromPin) {
        AnnotationInfo before = selected;
        selected = annotation;
        if (fromPin && annotation != null) {
            grid.select(annotation);
            grid.scrollToItem(annotation);
        }
        boolean changed = before == null ? annotation != null : annotation == null || before.id() != annotation.id();
        if (changed) {
            highlight(annotation);
            showThread();
            if (annotation != null && annotation.isRemark()) {
                AnnotationSelection.select(this, annotation.id());
            }
        }
        updateActions();
    }

    /** Marks the selected annotation's pin (and area) in the browser; only the two concerned change. */
    private void highlight(AnnotationInfo annotation) {
        highlighted = annotation == null ? null : annotation.id();
        PinDrawing.highlight(layer.getElement(), pins.getElement(), areas, highlighted);
    }


    /** The selected annotation's discussion, below the list. */
    /** The selected annotation as it is now (its status may have changed), above its thread. */
    private void updateDetails() {
        thread.getChildren().filter(AnnotationDetails.class::isInstance).findFirst().ifPresent(old -> {
            AnnotationDetails fresh = new AnnotationDetails(selected, statusText(selected));
            thread.replace(old, fresh);
        });
    }

    private void showThread() {
        thread.removeAll();
        if (selected != null) {
            thread.add(new AnnotationDetails(selected, statusText(selected)));
            ThreadPanel panel = new ThreadPanel(discussions, selected.planId(), SubjectType.ANNOTATION, selected.id());
            panel.addCountChangeListener(() -> {
                grid.getDataProvider().refreshAll();
                events.publish(PlanTopics.ANNOTATIONS);
            });
            thread.add(panel);
        }
    }

    private void updateActions() {
        delete.setEnabled(selected != null && (selected.mine() || canManage));
        setStatus.setEnabled(selected != null && canManage);
    }

    void setMode(Mode next) {
        mode = next;
        draft.clear();
        boolean canPlace = !closed && drawings.selectedDrawing().isPresent();
        placePin.setVisible(canPlace && mode == Mode.VIEW);
        drawArea.setVisible(canPlace && mode == Mode.VIEW);
        finishArea.setVisible(mode == Mode.AREA);
        finishArea.setEnabled(false);
        cancel.setVisible(mode != Mode.VIEW);
        layer.getElement().getClassList().set("placing", mode != Mode.VIEW);
        modeHint.setText(switch (mode) {
            case PIN -> getTranslation("annotation.mode.pin");
            case AREA -> getTranslation("annotation.mode.area");
            case VIEW -> "";
        });
        if (mode != Mode.VIEW) {
            announcer.setText(modeHint.getText());
        }
        drawDraft();
    }

    /** A click on a drawn pin: select it and its row. */
    void pinClicked(long annotationId) {
        shown.stream().filter(a -> a.id() == annotationId).findFirst().ifPresent(a -> select(a, true));
    }

    /** A click on the stage at pixel offsets within an element of the given size; only used while placing. */
    void stageClicked(double offsetX, double offsetY, double width, double height) {
        if (mode == Mode.VIEW || width <= 0 || height <= 0 || drawings.selectedDrawing().isEmpty()) {
            return;
        }
        Point point = new Point(clamp(offsetX / width), clamp(offsetY / height));
        if (mode == Mode.PIN) {
            openPlaceDialog(AnnotationShape.PIN, List.of(point));
        } else {
            draft.add(point);
            finishArea.setEnabled(draft.size() >= 3);
            modeHint.setText(getTranslation("annotation.mode.area-points", draft.size()));
            drawDraft();
        }
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private void finishArea() {
        if (draft.size() >= 3) {
            openPlaceDialog(AnnotationShape.AREA, List.copyOf(draft));
        }
    }

    private void openPlaceDialog(AnnotationShape shape, List<Point> points) {
        long drawingId = drawings.selectedDrawing().orElseThrow().id();
        new PlaceAnnotationDialog(null, (category, body) -> {
            AnnotationInfo placed = shape == AnnotationShape.PIN
                    ? service.placePin(drawingId, points.get(0), category, body)
                    : service.placeArea(drawingId, points, category, body);
            setMode(Mode.VIEW);
            selected = placed;
            refresh();
            // the new annotation is selected: show its thread too (select() would skip it as "unchanged")
            showThread();
            String text = getTranslation("annotation.added", placed.number());
            announcer.setText(text);
            Notifications.success(text);
            publish();
        }).open();
    }

    private void confirmDelete() {
        if (selected == null) {
            return;
        }
        AnnotationInfo target = selected;
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("annotation.delete.confirm-title"));
        dialog.setText(getTranslation("annotation.delete.confirm-text", target.number()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("annotation.cancel"));
        dialog.setConfirmText(getTranslation("annotation.delete.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> delete(target));
        dialog.open();
    }

    void delete(AnnotationInfo target) {
        try {
            service.delete(target.id());
            selected = null;
            grid.deselectAll();
            refresh();
            String text = getTranslation("annotation.deleted", target.number());
            announcer.setText(text);
            Notifications.success(text);
            publish();
        } catch (AccessDeniedException | ObjectNotFoundException e) {
            Notifications.error(getTranslation("annotation.not-allowed"));
            refresh();
        }
    }

    private void openStatusDialog() {
        if (selected != null) {
            new AnnotationStatusDialog(this, selected).open();
        }
    }

    /** Stores a planner's answer; validation errors are for the dialog to show. */
    AnnotationInfo answer(AnnotationInfo target, AnnotationStatus status, String reason, Integer revision) {
        AnnotationInfo answered = service.setStatus(target.id(), status, reason, revision);
        refresh();
        String text = getTranslation("annotation.status.saved", answered.number(), statusText(answered));
        announcer.setText(text);
        Notifications.success(text);
        publish();
        return answered;
    }

    String statusText(AnnotationInfo a) {
        return a.status() == AnnotationStatus.ADDRESSED && a.addressedInRevision() != null
                ? getTranslation("annotation.status.addressed-in", a.addressedInRevision())
                : getTranslation(a.status().labelKey());
    }

    /** Shows a refused change's first message as a notification (for errors not tied to a dialog field). */
    void refused(ValidationException e) {
        Notifications.error(FieldErrors.translate(this, e.fieldErrors().values().iterator().next()));
    }

    /** Tells everyone with the plan open that its annotations changed; they re-read them. */
    private void publish() {
        events.publish(PlanTopics.ANNOTATIONS);
        AnnotationSelection.changed(this);
    }
}
