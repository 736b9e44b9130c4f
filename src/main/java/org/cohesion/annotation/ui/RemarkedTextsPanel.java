package org.cohesion.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import elemental.json.JsonObject;
import elemental.json.JsonType;
import elemental.json.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.cohesion.annotation.AnnotationInfo;
import org.cohesion.annotation.AnnotationService;
import org.cohesion.annotation.PlacedRemark;
import org.cohesion.annotation.RemarkedText;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.ValidationException;
import org.cohesion.base.ui.FieldErrors;
import org.cohesion.base.ui.Notifications;
import org.cohesion.collab.PlanTopics;
import org.cohesion.plan.PlanDetails;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanPhase;
import org.cohesion.plan.ui.PlanEvents;
import org.springframework.security.access.AccessDeniedException;

/**
 * The plan's long texts to read and remark on: each remark's passage is highlighted (numbered and coloured by
 * category) where it is found in the text as it reads now; remarks whose passage is gone are listed below with
 * their original quote. A reader selects a passage and chooses "Remark on the selection". Highlights follow
 * the list beside the drawing both ways, and are redrawn live when texts or annotations change.
 */
class RemarkedTextsPanel extends Section {

    /** The client keeps the last selection inside one text here: {field, start, end, quote}. */
    private static final String TRACK_SELECTION = """
            const root = $0;
            if (root.__cohesionSelection) {
              document.removeEventListener('selectionchange', root.__cohesionSelection);
            }
            root.__cohesionSelection = () => {
              const s = document.getSelection();
              if (!s || s.rangeCount === 0 || s.isCollapsed) return;
              const r = s.getRangeAt(0);
              const node = r.commonAncestorContainer;
              const box = (node.nodeType === 1 ? node : node.parentElement);
              const text = box && box.closest('[data-remark-field]');
              if (!text || !root.contains(text)) return;
              const before = document.createRange();
              before.selectNodeContents(text);
              before.setEnd(r.startContainer, r.startOffset);
              const start = before.toString().length;
              const quote = r.toString();
              root.__cohesionSelected = {field: text.dataset.remarkField, start: start, end: start + quote.length,
                  quote: quote};
            };
            document.addEventListener('selectionchange', root.__cohesionSelection);
            """;

    private final AnnotationService service;
    private final PlanDetails plan;
    /** Not open for new remarks: they are taken only in consultation (decision 0020). */
    private final boolean closed;
    private final PlanEvents events;
    final Button remarkOnSelection = new Button();
    final Div texts = new Div();
    final Div outdated = new Div();
    final Div announcer = new Div();
    private final List<PlacedRemark> shown = new ArrayList<>();
    private Long selectedId;
    private String draft;

    RemarkedTextsPanel(AnnotationService service, PlanDetails plan, PlanEvents events) {
        this.service = service;
        this.plan = plan;
        this.events = events;
        this.closed = !PlanPhase.CONSULTATION.name().equals(plan.value(PlanField.PHASE));
        addClassName("remarked-texts");
        H2 heading = new H2(getTranslation("remark.heading"));
        heading.setId("remarks-heading-" + plan.id());
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        Paragraph hint = new Paragraph(getTranslation(closed ? "remark.closed" : "remark.hint"));
        hint.addClassName("remark-hint");

        remarkOnSelection.setText(getTranslation("remark.on-selection"));
        remarkOnSelection.setVisible(!closed);
        remarkOnSelection.addClickListener(e -> askForSelection());
        texts.addClassName("remark-texts");
        outdated.addClassName("remark-outdated");
        announcer.addClassName("visually-hidden");
        announcer.getElement().setAttribute("aria-live", "polite");
        announcer.getElement().setAttribute("role", "status");
        add(heading, hint, remarkOnSelection, texts, outdated, announcer);

        addAttachListener(e -> getElement().executeJs(TRACK_SELECTION, getElement()));
        events.subscribe(PlanTopics.TEXTS, () -> {
            refresh();
            announcer.setText(getTranslation("remark.live.texts"));
        });
        events.subscribe(PlanTopics.ANNOTATIONS, this::refresh);
        AnnotationSelection.onChange(this, this::refresh);
        AnnotationSelection.onSelect(this, this::highlight);
        refresh();
    }

    /** The remarks as last drawn, placed ones with their range in the current text. */
    List<PlacedRemark> shown() {
        return List.copyOf(shown);
    }

    /** Redraws the texts and their highlights from the service. */
    void refresh() {
        texts.removeAll();
        outdated.removeAll();
        shown.clear();
        List<RemarkedText> current;
        try {
            current = service.remarkedTexts(plan.id());
        } catch (ObjectNotFoundException | AccessDeniedException e) {
            return;
        }
        List<PlacedRemark> gone = new ArrayList<>();
        boolean anyText = !current.isEmpty();
        for (RemarkedText text : current) {
            shown.addAll(text.remarks());
            text.remarks().stream().filter(r -> !r.isPlaced()).forEach(gone::add);
            H3 label = new H3(getTranslation(text.field().labelKey()));
            Div body = new Div();
            body.addClassName("remark-text");
            body.getElement().setAttribute("data-remark-field", text.field().name());
            render(body.getElement(), text.text(), text.remarks().stream().filter(PlacedRemark::isPlaced).toList());
            texts.add(label, body);
        }
        if (!anyText) {
            Span empty = new Span(getTranslation("remark.no-text"));
            empty.addClassName("empty-state");
            texts.add(empty);
        }
        remarkOnSelection.setEnabled(anyText);
        if (!gone.isEmpty()) {
            outdated.add(new H3(getTranslation("remark.outdated.heading")));
            Paragraph explain = new Paragraph(getTranslation("remark.outdated.explain"));
            outdated.add(explain);
            for (PlacedRemark r : gone) {
                outdated.add(outdatedItem(r.remark()));
            }
        }
    }

    /** The text as text nodes, with each placed remark's passage in a numbered {@code mark}. */
    private void render(Element body, String text, List<PlacedRemark> placed) {
        List<PlacedRemark> ordered = placed.stream().sorted(Comparator.comparingInt(PlacedRemark::start)
                .thenComparingInt(r -> r.remark().number())).toList();
        int at = 0;
        for (PlacedRemark r : ordered) {
            int start = Math.max(r.start(), at);
            if (start >= r.end()) {
                continue; // wholly inside an earlier highlight; still listed beside the drawing
            }
            if (start > at) {
                body.appendChild(Element.createText(text.substring(at, start)));
            }
            body.appendChild(mark(r.remark(), text.substring(start, r.end())));
            at = r.end();
        }
        if (at < text.length()) {
            body.appendChild(Element.createText(text.substring(at)));
        }
    }

    private Element mark(AnnotationInfo remark, String passage) {
        Element mark = new Element("mark");
        mark.setText(passage);
        mark.setAttribute("class", cssClass(remark));
        mark.setAttribute("data-number", String.valueOf(remark.number()));
        mark.setAttribute("data-annotation-id", String.valueOf(remark.id()));
        mark.setAttribute("tabindex", "0");
        mark.setAttribute("aria-label", getTranslation("remark.mark.label", remark.number(),
                getTranslation(remark.category().labelKey()), remark.firstWords(60)));
        mark.addEventListener("click", e -> choose(remark.id()));
        mark.addEventListener("keydown", e -> choose(remark.id())).setFilter("event.key === 'Enter'");
        return mark;
    }

    private Button outdatedItem(AnnotationInfo remark) {
        Button item = new Button(getTranslation("remark.outdated.item", remark.number(), remark.quoteWords(80),
                remark.firstWords(60)));
        item.addClassNames("remark-outdated-item", cssClass(remark));
        item.getElement().setAttribute("data-annotation-id", String.valueOf(remark.id()));
        item.addClickListener(e -> choose(remark.id()));
        return item;
    }

    private String cssClass(AnnotationInfo remark) {
        return "remark category-" + remark.category().name().toLowerCase(Locale.ROOT)
                + (selectedId != null && selectedId == remark.id() ? " selected" : "");
    }

    /** A reader chose a highlight: select it here and in the list beside the drawing. */
    void choose(long annotationId) {
        highlight(annotationId);
        AnnotationSelection.select(this, annotationId);
    }

    /** Marks the remark selected (when it is one of these texts'), and brings it into view. */
    void highlight(long annotationId) {
        boolean mine = shown.stream().anyMatch(r -> r.remark().id() == annotationId);
        selectedId = mine ? annotationId : null;
        getElement().executeJs("""
                this.querySelectorAll('.remark.selected').forEach(m => m.classList.remove('selected'));
                const m = this.querySelector('[data-annotation-id="' + $0 + '"]');
                if (m) { m.classList.add('selected'); m.scrollIntoView({block: 'nearest'}); }""",
                String.valueOf(annotationId));
    }

    private void askForSelection() {
        getElement().executeJs("return this.__cohesionSelected || null;").then(JsonValue.class, this::selected);
    }

    /** The passage the reader selected (as the client reports it), or null when there is none. */
    void selected(JsonValue value) {
        if (value == null || value.getType() != JsonType.OBJECT) {
            Notifications.error(getTranslation("remark.select-first"));
            return;
        }
        JsonObject selection = (JsonObject) value;
        PlanField field;
        int start;
        int end;
        String quote;
        try {
            // what the browser reports may be forged or incomplete: anything unreadable is "no selection"
            field = PlanField.valueOf(selection.getString("field"));
            start = (int) selection.getNumber("start");
            end = (int) selection.getNumber("end");
            quote = selection.getString("quote");
        } catch (RuntimeException e) {
            Notifications.error(getTranslation("remark.select-first"));
            return;
        }
        openDialog(field, start, end, quote);
    }

    /** Opens the dialog for a remark on {@code [start, end)} of a text, which the reader saw as {@code quote}. */
    void openDialog(PlanField field, int start, int end, String quote) {
        if (quote == null || quote.isBlank()) {
            Notifications.error(getTranslation("remark.select-first"));
            return;
        }
        PlaceAnnotationDialog dialog = new PlaceAnnotationDialog(quote, (category, body) -> {
            try {
                AnnotationInfo added = service.remark(plan.id(), field, start, end, quote, category, body);
                draft = null;
                getElement().executeJs("this.__cohesionSelected = null;");
                selectedId = added.id();
                refresh();
                String text = getTranslation("remark.added", added.number());
                announcer.setText(text);
                Notifications.success(text);
                events.publish(PlanTopics.ANNOTATIONS);
                AnnotationSelection.changed(this);
                AnnotationSelection.select(this, added.id());
            } catch (ValidationException e) {
                if (!e.fieldErrors().containsKey("quote")) {
                    throw e;
                }
                draft = body;
                refresh();
                Notifications.error(FieldErrors.translate(this, e.fieldErrors().get("quote")));
            }
        });
        if (draft != null) {
            dialog.body.setValue(draft);
        }
        dialog.open();
    }

    /** What the reader wrote for a remark that could not be placed, offered again in the next dialog. */
    String draft() {
        return draft;
    }
}
