package org.cohesion.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.cohesion.base.ui.Formats;
import org.cohesion.plan.PhaseMove;
import org.cohesion.plan.PlanPhase;

/**
 * The top of the workspace: the six phases of the whole process with the current one marked ({@code
 * aria-current="step"}), the recorded moves on demand, what the viewer can do now, and for planners the button
 * that opens the move dialog.
 */
class PhaseTimeline extends Section {

    final OrderedList steps = new OrderedList();
    final Paragraph canDoNow = new Paragraph();
    final Details history = new Details();
    final Button move = new Button();

    PhaseTimeline(Runnable onMove) {
        addClassName("phase-timeline");
        getElement().setAttribute("aria-label", getTranslation("phase.timeline.label"));
        steps.addClassName("phase-steps");
        canDoNow.addClassName("phase-can-do");
        history.addClassName("phase-history");
        move.setText(getTranslation("phase.move.open"));
        move.addClickListener(e -> onMove.run());
        Div actions = new Div(canDoNow, move);
        actions.addClassName("phase-actions");
        add(steps, actions, history);
    }

    /** Shows the plan at {@code current}, with its recorded moves; the move button only for planners. */
    void show(PlanPhase current, List<PhaseMove> moves, boolean planner) {
        steps.removeAll();
        for (PlanPhase phase : PlanPhase.values()) {
            ListItem step = new ListItem(new Span(getTranslation(phase.labelKey())));
            step.addClassName("phase-step");
            if (phase == current) {
                step.addClassName("current");
                step.getElement().setAttribute("aria-current", "step");
            } else if (current.isAfter(phase)) {
                step.addClassName("done");
            }
            steps.add(step);
        }
        canDoNow.setText(getTranslation("phase.can." + current.name().toLowerCase() + "."
                + (planner ? "planner" : "member")));
        move.setVisible(planner);
        history.setSummaryText(getTranslation("phase.history", moves.size()));
        history.setVisible(!moves.isEmpty());
        UnorderedList list = new UnorderedList();
        for (int i = moves.size() - 1; i >= 0; i--) {
            PhaseMove m = moves.get(i);
            ListItem item = new ListItem();
            Span when = new Span(getTranslation("phase.history.move", Formats.dateTime(m.at(), getLocale()),
                    m.byName(), getTranslation(m.from().labelKey()), getTranslation(m.to().labelKey())));
            when.addClassName("phase-move-head");
            Span note = new Span(m.note());
            note.addClassName("phase-move-note");
            item.add(when, note);
            list.add(item);
        }
        history.removeAll();
        history.add(list);
    }
}
