package org.cohesion.trace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.cohesion.trace.TraceCursor;
import org.cohesion.trace.TracePage;
import org.cohesion.trace.TraceService;
import org.cohesion.trace.TracedInput;

/**
 * "What happened to my input" on the start page: the person's input, newest first, a page at a time, each with
 * what became of it. Older input loads on request (a button, reachable by keyboard); the count of what was added
 * is announced politely.
 */
public class InputTraceSection extends Section {

    static final int PAGE = 20;

    private final TraceService traces;
    final Div list = new Div();
    final Button more = new Button();
    private final Span announcer = new Span();
    private TraceCursor next;

    public InputTraceSection(TraceService traces) {
        this.traces = traces;
        addClassName("input-trace");
        setId("my-input");
        H2 heading = new H2(getTranslation("trace.title"));
        heading.setId("my-input-heading");
        getElement().setAttribute("aria-labelledby", "my-input-heading");
        list.addClassName("trace-list");
        list.getElement().setAttribute("role", "list");
        more.setText(getTranslation("trace.more"));
        more.addClickListener(e -> loadMore());
        announcer.addClassName("visually-hidden");
        announcer.getElement().setAttribute("aria-live", "polite");
        add(heading, new Paragraph(getTranslation("trace.intro")), list, more, announcer);
        TracePage first = traces.myInputs(null, PAGE);
        if (first.inputs().isEmpty()) {
            Div empty = new Div(new Paragraph(getTranslation("trace.empty")),
                    new Anchor("proposals", getTranslation("trace.empty.propose")));
            empty.addClassName("empty-state");
            list.add(empty);
        }
        show(first);
    }

    private void loadMore() {
        if (next == null) {
            return;
        }
        TracePage page = traces.myInputs(next, PAGE);
        show(page);
        announcer.setText(getTranslation("trace.loaded", page.inputs().size()));
        if (!page.inputs().isEmpty()) {
            list.getChildren().skip(list.getChildren().count() - page.inputs().size()).findFirst()
                    .ifPresent(c -> c.getElement().executeJs("this.focus()"));
        }
    }

    private void show(TracePage page) {
        List<TracedInput> inputs = page.inputs();
        inputs.forEach(input -> list.add(new TracedInputCard(input)));
        next = page.next();
        more.setVisible(next != null);
    }
}
