package org.cohesion.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.cohesion.plan.PlanDiff;
import org.cohesion.plan.PlanField;

/**
 * Shows how a plan changed between two revisions, field by field: short fields as old → new, long texts
 * with deleted and inserted words marked. The marks are colours and lines for the eye, and hidden words
 * ("deleted:", "inserted:") for screen readers.
 */
class PlanHistoryDiffPanel extends Div {

    PlanHistoryDiffPanel() {
        addClassName("history-diff");
    }

    void show(PlanDiff diff) {
        removeAll();
        if (diff.isEmpty()) {
            Paragraph same = new Paragraph(getTranslation("plan.history.compare.same"));
            same.addClassName("history-diff-same");
            add(same);
            return;
        }
        for (PlanDiff.FieldDiff field : diff.fields()) {
            Section section = new Section();
            section.addClassName("history-diff-field");
            section.getElement().setAttribute("data-field", field.field().name());
            section.add(new H3(getTranslation(field.field().labelKey())));
            section.add(field.isWordDiff() ? words(field) : oldToNew(field));
            add(section);
        }
    }

    void clear() {
        removeAll();
    }

    private Component oldToNew(PlanDiff.FieldDiff diff) {
        Div row = new Div();
        row.addClassName("history-diff-short");
        row.add(marked("diff-del", "plan.history.sr.before", null, value(diff.field(), diff.oldValue())));
        Span arrow = new Span("→");
        arrow.addClassName("history-diff-arrow");
        arrow.getElement().setAttribute("aria-hidden", "true");
        row.add(arrow);
        row.add(marked("diff-ins", "plan.history.sr.after", null, value(diff.field(), diff.newValue())));
        return row;
    }

    private Component words(PlanDiff.FieldDiff diff) {
        Div text = new Div();
        text.addClassName("history-diff-text");
        for (PlanDiff.Segment segment : diff.segments()) {
            switch (segment.change()) {
                case EQUAL -> text.add(new Span(segment.text()));
                case DELETED -> text.add(marked("diff-del", "plan.history.sr.deleted-start",
                        "plan.history.sr.deleted-end", segment.text()));
                case INSERTED -> text.add(marked("diff-ins", "plan.history.sr.inserted-start",
                        "plan.history.sr.inserted-end", segment.text()));
            }
        }
        return text;
    }

    /** A marked stretch of text; null shows as "(empty)", unmarked. */
    private Span marked(String className, String startKey, String endKey, String text) {
        Span span = new Span();
        span.addClassName(text == null ? "diff-none" : className);
        span.add(hidden(getTranslation(startKey) + " "));
        if (text == null) {
            Span empty = new Span(getTranslation("plan.history.empty-value"));
            empty.addClassName("diff-empty");
            span.add(empty);
        } else {
            span.add(new Span(text));
        }
        if (endKey != null) {
            span.add(hidden(" " + getTranslation(endKey)));
        }
        return span;
    }

    private static Span hidden(String text) {
        Span span = new Span(text);
        span.addClassName("visually-hidden");
        return span;
    }

    private String value(PlanField field, String stored) {
        return PlanHistoryFormat.value(this, getLocale(), field, stored);
    }
}
