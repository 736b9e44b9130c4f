package org.cohesion.decision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import java.util.Optional;
import org.cohesion.annotation.AnnotationService;
import org.cohesion.base.ui.Formats;
import org.cohesion.decision.DecisionService;
import org.cohesion.decision.DecisionView;
import org.cohesion.plan.PlanDetails;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanPhase;
import org.cohesion.plan.ui.PlanEvents;
import org.cohesion.session.poll.PollKind;
import org.cohesion.session.poll.PollOptionResult;
import org.cohesion.session.poll.PollSnapshot;

/**
 * The plan's decision record: the text, the polls that informed it with their results (decision polls first and
 * labelled as such), and the annotations it
 * accepted or declined with the reasons. Hidden until recorded, except for planners while the plan is in DECISION,
 * who record and revise it here.
 */
class DecisionSection extends Section {

    /** Key in the plan's events map that changes whenever the decision record is saved. */
    static final String EVENT = "decision";

    private final DecisionService decisions;
    private final AnnotationService annotations;
    private final PlanDetails plan;
    private final PlanEvents events;
    private final boolean canRecord;
    final Div content = new Div();
    final Button edit = new Button();
    private DecisionView shown;

    DecisionSection(DecisionService decisions, AnnotationService annotations, PlanDetails plan, PlanEvents events) {
        this.decisions = decisions;
        this.annotations = annotations;
        this.plan = plan;
        this.events = events;
        this.canRecord = plan.canManageEditors() && PlanPhase.DECISION.name().equals(plan.value(PlanField.PHASE));
        addClassName("decision-section");
        getElement().setAttribute("aria-labelledby", "decision-heading-" + plan.id());
        H2 heading = new H2(getTranslation("decision.title"));
        heading.setId("decision-heading-" + plan.id());
        edit.addClickListener(e -> new DecisionDialog(decisions, annotations, plan.id(), shown, saved -> {
            events.publish(EVENT);
            refresh();
        }).open());
        add(heading, content, edit);
        events.subscribe(EVENT, this::refresh);
        refresh();
    }

    void refresh() {
        Optional<DecisionView> decision = decisions.decision(plan.id());
        shown = decision.orElse(null);
        setVisible(shown != null || canRecord);
        edit.setVisible(canRecord);
        edit.setText(getTranslation(shown == null ? "decision.record" : "decision.revise"));
        content.removeAll();
        if (shown == null) {
            content.add(new Paragraph(getTranslation("decision.none")));
            return;
        }
        Paragraph text = new Paragraph(shown.text());
        text.addClassName("decision-text");
        Span meta = new Span(getTranslation("decision.meta", shown.recordedByName(),
                Formats.dateTime(shown.updatedAt(), getLocale())));
        meta.addClassName("decision-meta");
        content.add(text, meta);
        if (!shown.polls().isEmpty()) {
            content.add(new H3(getTranslation("decision.polls")));
            shown.polls().forEach(p -> content.add(pollTable(p)));
        }
        if (!shown.annotations().isEmpty()) {
            content.add(new H3(getTranslation("decision.annotations")));
            UnorderedList list = new UnorderedList();
            list.addClassName("decision-verdicts");
            for (DecisionView.Verdict v : shown.annotations()) {
                Span verdict = new Span(getTranslation(v.accepted() ? "decision.accepted" : "decision.declined"));
                verdict.addClassNames("decision-verdict", v.accepted() ? "accepted" : "declined");
                Span about = new Span(getTranslation("decision.annotation", v.number(), firstWords(v.body())));
                ListItem item = new ListItem(verdict, about);
                if (v.reason() != null) {
                    Span reason = new Span(v.reason());
                    reason.addClassName("decision-reason");
                    item.add(reason);
                }
                list.add(item);
            }
            content.add(list);
        }
    }

    /** A poll's results as a table: option, votes (or dots), share; the caption says when it is a decision poll. */
    private Div pollTable(PollSnapshot poll) {
        Element table = new Element("table");
        table.setAttribute("class", poll.decides() ? "decision-poll decides" : "decision-poll");
        table.appendChild(new Element("caption").setText(getTranslation(poll.decides()
                ? "decision.poll.caption.decides" : "decision.poll.caption", poll.question(), poll.ballots())));
        Element head = new Element("tr");
        head.appendChild(th(getTranslation("decision.poll.option")),
                th(getTranslation(poll.kind() == PollKind.DOTS ? "decision.poll.dots" : "decision.poll.votes")),
                th(getTranslation("decision.poll.share")));
        Element body = new Element("tbody");
        for (PollOptionResult o : poll.options()) {
            body.appendChild(new Element("tr").appendChild(new Element("td").setText(o.label()),
                    new Element("td").setText(Formats.number(poll.kind() == PollKind.DOTS ? o.dots() : o.votes(),
                            getLocale())),
                    new Element("td").setText(Math.round(o.percent()) + " %")));
        }
        table.appendChild(new Element("thead").appendChild(head), body);
        Div wrapper = new Div();
        wrapper.addClassName("decision-poll-wrapper");
        wrapper.getElement().appendChild(table);
        return wrapper;
    }

    private static Element th(String text) {
        return new Element("th").setAttribute("scope", "col").setText(text);
    }

    static String firstWords(String body) {
        if (body == null) {
            return "";
        }
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() <= 80 ? flat : flat.substring(0, 79) + "…";
    }
}
