package org.cohesion.trace.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.Set;
import org.cohesion.base.ui.Formats;
import org.cohesion.trace.InputKind;
import org.cohesion.trace.Outcome;
import org.cohesion.trace.OutcomeKind;
import org.cohesion.trace.TracedInput;

/** One piece of input in the trace: what it was, on which plan, when, and each thing that became of it. */
class TracedInputCard extends Div {

    /** Outcomes whose text is a reason typed by a planner or moderator, shown after the sentence. */
    private static final Set<OutcomeKind> WITH_REASON = Set.of(OutcomeKind.PROPOSAL_DECLINED, OutcomeKind.ACCEPTED,
            OutcomeKind.DECLINED, OutcomeKind.ADDRESSED, OutcomeKind.HIDDEN, OutcomeKind.DECISION_ACCEPTED,
            OutcomeKind.DECISION_DECLINED);

    TracedInputCard(TracedInput input) {
        addClassNames("card", "trace-input", "trace-" + input.ref().kind().name().toLowerCase());
        getElement().setAttribute("role", "listitem");
        getElement().setAttribute("tabindex", "-1");
        Locale locale = getLocale();
        Span kind = new Span(input.number() == null || input.ref().kind() == InputKind.RATING
                ? getTranslation(input.ref().kind().labelKey())
                : getTranslation("trace.numbered", getTranslation(input.ref().kind().labelKey()), input.number()));
        kind.addClassName("trace-kind");
        Anchor what = new Anchor(input.link(), whatText(input));
        what.addClassName("trace-what");
        H3 heading = new H3(kind, what);
        Span when = new Span(getTranslation("trace.given", Formats.date(input.at(), locale)));
        when.addClassName("trace-when");
        Div meta = new Div(when);
        meta.addClassName("trace-meta");
        if (input.planTitle() != null && input.planId() != null) {
            meta.add(new Span(" · "), new Anchor("plans/" + input.planId(),
                    getTranslation("trace.on-plan", input.planTitle())));
        }
        OrderedList outcomes = new OrderedList();
        outcomes.addClassName("trace-outcomes");
        outcomes.getElement().setAttribute("aria-label", getTranslation("trace.outcomes.label"));
        input.outcomes().forEach(o -> outcomes.add(outcome(o, locale)));
        add(heading, meta, outcomes);
    }

    private String whatText(TracedInput input) {
        if (input.ref().kind() == InputKind.RATING) {
            String stars = getTranslation("trace.stars", input.number());
            return input.excerpt().isEmpty() ? stars : stars + " · " + input.excerpt();
        }
        return input.excerpt().isEmpty() ? getTranslation("trace.open") : input.excerpt();
    }

    private ListItem outcome(Outcome o, Locale locale) {
        ListItem item = new ListItem();
        item.addClassNames("trace-outcome", "tone-" + o.kind().tone().name().toLowerCase());
        if (o.at() != null) {
            Span at = new Span(Formats.date(o.at(), locale));
            at.addClassName("trace-outcome-at");
            item.add(at);
        }
        String text = o.text() == null ? "" : o.kind().translatesText() ? getTranslation(o.text()) : o.text();
        Span sentence = new Span(getTranslation(o.kind().messageKey(), o.number() == null ? 0 : o.number(),
                o.of() == null ? 0 : o.of(), text));
        sentence.addClassName("trace-outcome-text");
        item.add(sentence);
        if (WITH_REASON.contains(o.kind()) && !text.isBlank()) {
            Paragraph reason = new Paragraph(getTranslation("trace.reason", text));
            reason.addClassName("trace-reason");
            item.add(reason);
        }
        if (o.link() != null) {
            Anchor link = new Anchor(o.link(), getTranslation("trace.outcome.open"));
            link.addClassName("trace-outcome-link");
            link.getElement().setAttribute("aria-label", getTranslation("trace.outcome.open.label",
                    sentence.getText()));
            item.add(link);
        }
        return item;
    }
}
