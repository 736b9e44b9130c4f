package org.cohesion.session.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import elemental.json.JsonArray;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.cohesion.annotation.AnnotationInfo;
import org.cohesion.annotation.ui.PinDrawing;
import org.cohesion.plan.DrawingInfo;

/**
 * The plan's drawings in a live session's room with their pins and areas (drawn in the browser, read-only: placing
 * happens in the plan's workspace), and the list of them below, its accessible equivalent. Selecting a row or
 * clicking a pin marks the pin and shows the annotation's text; the host's focus on an annotation selects it.
 */
class RoomPins extends Div {

    private static final int FIRST_WORDS = 80;

    private final Map<Long, Stage> stages = new LinkedHashMap<>();
    final Grid<AnnotationInfo> list = new Grid<>();
    final Paragraph details = new Paragraph();
    final Paragraph empty = new Paragraph();
    /** The host's "focus everyone here"; null for everyone else. */
    final Button focusHere;
    private List<AnnotationInfo> shown = List.of();
    private Long selected;
    private boolean refreshing;

    /** {@code focusOn} puts everyone's focus on a pin (the host's); null for other participants. */
    RoomPins(List<DrawingInfo> drawings, Consumer<Long> focusOn) {
        addClassName("session-drawings");
        for (DrawingInfo d : drawings) {
            Stage stage = new Stage(d);
            stages.put(d.id(), stage);
            add(stage);
        }
        list.addClassName("session-pin-list");
        list.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        list.setAllRowsVisible(false);
        list.setHeight("16rem");
        list.getElement().setAttribute("aria-label", getTranslation("session.pins.list"));
        list.addColumn(AnnotationInfo::number).setHeader(getTranslation("session.pins.number"))
                .setWidth("4.5rem").setFlexGrow(0);
        list.addColumn(a -> getTranslation(a.category().labelKey())).setHeader(getTranslation("session.pins.category"))
                .setWidth("7rem").setFlexGrow(0);
        list.addColumn(a -> a.firstWords(FIRST_WORDS)).setHeader(getTranslation("session.pins.text")).setFlexGrow(1);
        list.addColumn(a -> getTranslation(a.status().labelKey())).setHeader(getTranslation("session.pins.status"))
                .setWidth("7rem").setFlexGrow(0);
        list.addSelectionListener(e -> {
            Long id = e.getFirstSelectedItem().map(AnnotationInfo::id).orElse(null);
            if (!refreshing && !Objects.equals(id, selected)) {
                select(id, false);
            }
        });
        details.addClassName("session-pin-details");
        details.getElement().setAttribute("aria-live", "polite");
        empty.setText(getTranslation("session.pins.empty"));
        empty.addClassName("session-pins-empty");
        focusHere = focusOn == null ? null : new Button(getTranslation("session.pins.focus"), e -> {
            if (selected != null) {
                focusOn.accept(selected);
            }
        });
        Div selection = new Div(details);
        selection.addClassName("session-pin-selection");
        if (focusHere != null) {
            focusHere.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            selection.add(focusHere);
        }
        if (!drawings.isEmpty()) {
            add(list, selection, empty);
        }
        show(List.of());
    }

    /** Shows these pins and areas (the plan's, by number), keeping the selection when it is still there. */
    void show(List<AnnotationInfo> annotations) {
        shown = List.copyOf(annotations);
        if (selected != null && shown.stream().noneMatch(a -> a.id() == selected)) {
            selected = null;
        }
        stages.values().forEach(Stage::draw);
        AnnotationInfo current = find(selected);
        refreshing = true;
        try {
            list.setItems(shown);
            if (current != null) {
                list.select(current);
            }
        } finally {
            refreshing = false;
        }
        list.setVisible(!shown.isEmpty());
        empty.setVisible(shown.isEmpty());
        showDetails(current);
    }

    /** Selects an annotation (null: none), marking its pin; returns the drawing showing it, if any. */
    Component select(Long annotationId, boolean scrollList) {
        AnnotationInfo annotation = find(annotationId);
        selected = annotation == null ? null : annotation.id();
        stages.values().forEach(Stage::highlight);
        if (annotation != null && !list.getSelectedItems().contains(annotation)) {
            list.select(annotation);
        }
        if (annotation != null && scrollList) {
            list.scrollToIndex(shown.indexOf(annotation));
        }
        showDetails(annotation);
        return annotation == null ? null : stages.get(annotation.drawingId());
    }

    /** The payloads last sent to draw, by drawing (for tests). */
    Map<Long, JsonArray> drawn() {
        Map<Long, JsonArray> drawn = new LinkedHashMap<>();
        stages.forEach((id, stage) -> drawn.put(id, stage.drawn));
        return drawn;
    }

    Long selected() {
        return selected;
    }

    private AnnotationInfo find(Long id) {
        return id == null ? null : shown.stream().filter(a -> a.id() == id).findFirst().orElse(null);
    }

    /** The number of a pin or area shown, if it is. */
    Integer number(Long annotationId) {
        AnnotationInfo a = find(annotationId);
        return a == null ? null : a.number();
    }

    private void showDetails(AnnotationInfo a) {
        details.setVisible(a != null);
        if (focusHere != null) {
            focusHere.setVisible(a != null);
        }
        details.setText(a == null ? "" : getTranslation("session.pins.details", a.number(),
                getTranslation(a.category().labelKey()), a.authorName(), a.body()));
    }

    /** One drawing with its pins and areas over it. */
    private final class Stage extends Div {
        private final long drawingId;
        private final Div layer = new Div();
        private final Div pins = new Div();
        private final Element areas = new Element("svg");
        private JsonArray drawn;

        Stage(DrawingInfo drawing) {
            this.drawingId = drawing.id();
            addClassName("session-drawing-stage");
            Image image = new Image(drawing.url(), drawing.title());
            image.addClassName("session-drawing");
            layer.addClassName("annotation-layer");
            layer.getElement().setAttribute("role", "group");
            layer.getElement().setAttribute("aria-label", getTranslation("session.pins.layer", drawing.title()));
            areas.setAttribute("class", "annotation-areas");
            areas.setAttribute("viewBox", "0 0 100 100");
            areas.setAttribute("preserveAspectRatio", "none");
            areas.setAttribute("aria-hidden", "true");
            layer.getElement().appendChild(areas);
            pins.addClassName("annotation-pins");
            layer.add(pins);
            layer.getElement().addEventListener("click", e -> {
                String id = e.getEventData().getString(PinDrawing.CLICKED_PIN);
                if (id != null && id.matches("\\d{1,18}")) {
                    select(Long.parseLong(id), true);
                }
            }).addEventData(PinDrawing.CLICKED_PIN);
            // the browser forgets client-drawn pins when attached again (after a reconnect)
            layer.addAttachListener(e -> draw());
            add(image, layer);
        }

        void draw() {
            List<AnnotationInfo> mine = new ArrayList<>();
            for (AnnotationInfo a : shown) {
                if (Objects.equals(a.drawingId(), drawingId)) {
                    mine.add(a);
                }
            }
            drawn = PinDrawing.draw(layer.getElement(), pins.getElement(), areas, mine, selected,
                    a -> getTranslation("annotation.pin.label", a.number(), getTranslation(a.category().labelKey()),
                            a.firstWords(FIRST_WORDS)));
        }

        void highlight() {
            PinDrawing.highlight(layer.getElement(), pins.getElement(), areas, selected);
        }
    }
}
