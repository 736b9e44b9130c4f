package org.cohesion.session.poll.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cohesion.base.ui.Formats;
import org.cohesion.session.poll.PollKind;
import org.cohesion.session.poll.PollOptionResult;
import org.cohesion.session.poll.PollSnapshot;
import org.cohesion.session.poll.PollStatus;
import org.cohesion.session.poll.PollView;

/**
 * One poll in the {@link PollsPanel}: question and kind, the host's open and close buttons, the vote form while
 * the poll is open and the participant has not voted (radio buttons for single choice, checkboxes for multiple
 * choice, +/− steppers with the dots left for dot-voting), "you voted" afterwards, and the results as bars. Built
 * once per poll; snapshots only change texts, visibility and bar widths.
 */
class PollCard extends Section {

    private final PollsPanel panel;
    private final boolean host;
    private final boolean mayVote;
    PollSnapshot poll;
    private Map<Long, Integer> myVotes = Map.of();

    final H3 question = new H3();
    final Span kind = new Span();
    final Span status = new Span();
    final Button open = new Button();
    final Button close = new Button();
    final Div form = new Div();
    RadioButtonGroup<Long> single;
    CheckboxGroup<Long> multiple;
    final Map<Long, DotStepper> steppers = new LinkedHashMap<>();
    final Paragraph dotsLeft = new Paragraph();
    final Button vote = new Button();
    final Paragraph voted = new Paragraph();
    final Paragraph error = new Paragraph();
    final UnorderedList draftOptions = new UnorderedList();
    final PollBars bars;

    PollCard(PollsPanel panel, PollView view, boolean host, boolean mayVote) {
        this.panel = panel;
        this.host = host;
        this.mayVote = mayVote;
        this.poll = view.poll();
        PollSnapshot p = view.poll();
        addClassName("poll-card");
        setId("poll-" + p.id());
        question.setText(p.question());
        question.setId("poll-" + p.id() + "-question");
        question.addClassName("poll-question");
        getElement().setAttribute("aria-labelledby", question.getId().orElseThrow());

        kind.setText(kindText(p));
        kind.addClassName("poll-kind");
        status.addClassName("poll-status");
        Span audience = new Span(PollTexts.of(this, p.openToGuests() ? "poll.meta.guests" : "poll.meta.members"));
        audience.addClassName("poll-audience");
        Div meta = new Div(kind, audience, status);
        meta.addClassName("poll-meta");

        if (host) {
            open.setText(PollTexts.of(this, "poll.open"));
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            open.addClickListener(e -> panel.open(this));
            close.setText(PollTexts.of(this, "poll.close"));
            close.addThemeVariants(ButtonVariant.LUMO_ERROR);
            close.addClickListener(e -> panel.close(this));
        }
        Div hostRow = new Div(open, close);
        hostRow.addClassName("poll-host-row");
        hostRow.setVisible(host);

        if (p.status() == PollStatus.DRAFT) {
            for (PollOptionResult o : p.options()) {
                draftOptions.add(new ListItem(o.label()));
            }
        }
        draftOptions.addClassName("poll-draft-options");

        buildForm(p);
        voted.addClassName("poll-voted");
        error.addClassName("poll-error");
        error.getElement().setAttribute("role", "alert");
        bars = new PollBars(p);
        add(question, meta);
        if (host) {
            add(hostRow);
        }
        add(draftOptions, form, voted, error, bars);
        showMine(view.myVotes());
        show(p);
    }

    private String kindText(PollSnapshot p) {
        String text = PollTexts.of(this, p.kind().labelKey());
        return p.kind() == PollKind.DOTS ? text + " · " + PollTexts.of(this, "poll.meta.dots", p.dots()) : text;
    }

    private void buildForm(PollSnapshot p) {
        form.addClassName("poll-form");
        Map<Long, String> labels = new LinkedHashMap<>();
        p.options().forEach(o -> labels.put(o.optionId(), o.label()));
        switch (p.kind()) {
            case SINGLE -> {
                single = new RadioButtonGroup<>(PollTexts.of(this, "poll.choices"));
                single.setItems(labels.keySet());
                single.setItemLabelGenerator(labels::get);
                single.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
                single.addClassName("poll-choices");
                form.add(single);
            }
            case MULTIPLE -> {
                multiple = new CheckboxGroup<>(PollTexts.of(this, "poll.choices.multiple"));
                multiple.setItems(labels.keySet());
                multiple.setItemLabelGenerator(labels::get);
                multiple.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
                multiple.addClassName("poll-choices");
                form.add(multiple);
            }
            case DOTS -> {
                Div list = new Div();
                list.addClassName("poll-dots");
                list.getElement().setAttribute("role", "group");
                list.getElement().setAttribute("aria-label", PollTexts.of(this, "poll.choices.dots", p.dots()));
                labels.forEach((id, label) -> {
                    DotStepper stepper = new DotStepper(label);
                    steppers.put(id, stepper);
                    list.add(stepper);
                });
                dotsLeft.addClassName("poll-dots-left");
                dotsLeft.getElement().setAttribute("aria-live", "polite");
                form.add(list, dotsLeft);
                showDotsLeft();
            }
        }
        vote.setText(PollTexts.of(this, "poll.vote"));
        vote.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        vote.addClassName("poll-vote");
        vote.addClickListener(e -> panel.vote(this, choice()));
        form.add(vote);
    }

    /** What the form says: option id → dots (1 for single and multiple choice). */
    Map<Long, Integer> choice() {
        Map<Long, Integer> chosen = new LinkedHashMap<>();
        if (single != null && single.getValue() != null) {
            chosen.put(single.getValue(), 1);
        }
        if (multiple != null) {
            poll.options().stream().map(PollOptionResult::optionId).filter(multiple.getValue()::contains)
                    .forEach(id -> chosen.put(id, 1));
        }
        steppers.forEach((id, s) -> {
            if (s.dots > 0) {
                chosen.put(id, s.dots);
            }
        });
        return chosen;
    }

    long seq() {
        return poll.seq();
    }

    /** Shows a snapshot of this poll (its status and results). */
    void show(PollSnapshot next) {
        poll = next;
        status.setText(PollTexts.of(this, next.status().labelKey()));
        status.getElement().setAttribute("data-status", next.status().name().toLowerCase());
        setClassName("poll-open", next.status() == PollStatus.OPEN);
        open.setVisible(host && next.status() == PollStatus.DRAFT);
        close.setVisible(host && next.status() == PollStatus.OPEN);
        draftOptions.setVisible(next.status() == PollStatus.DRAFT);
        bars.setVisible(next.status() != PollStatus.DRAFT);
        bars.update(next);
        showForm();
    }

    /** Shows this participant's own votes ("you voted"); empty when they have not voted. */
    void showMine(Map<Long, Integer> votes) {
        myVotes = Map.copyOf(votes);
        if (myVotes.isEmpty()) {
            voted.setVisible(false);
        } else {
            List<String> parts = new ArrayList<>();
            for (PollOptionResult o : poll.options()) {
                Integer dots = myVotes.get(o.optionId());
                if (dots != null) {
                    parts.add(poll.kind() == PollKind.DOTS
                            ? PollTexts.of(this, "poll.voted.dots", o.label(), dots) : o.label());
                }
            }
            String list = String.join(PollTexts.of(this, "poll.voted.separator"), parts);
            voted.setText(PollTexts.of(this, "poll.voted", list));
            voted.setVisible(true);
        }
        showForm();
    }

    boolean hasVoted() {
        return !myVotes.isEmpty();
    }

    void showError(String text) {
        error.setText(text == null ? "" : text);
        error.setVisible(text != null && !text.isEmpty());
    }

    private void showForm() {
        form.setVisible(mayVote && !panel.ended() && poll.status() == PollStatus.OPEN && myVotes.isEmpty());
    }

    private int dotsUsed() {
        return steppers.values().stream().mapToInt(s -> s.dots).sum();
    }

    private void showDotsLeft() {
        int left = Math.max(0, (poll.dots() == null ? 0 : poll.dots()) - dotsUsed());
        dotsLeft.setText(PollTexts.of(this, "poll.dots-left", left));
        steppers.values().forEach(s -> {
            s.plus.setEnabled(left > 0);
            s.minus.setEnabled(s.dots > 0);
        });
    }

    /**
     * One option of a dot-vote: its label, − and + buttons (native buttons, big, for thumbs; built as plain elements
     * because every open room builds them when a poll opens) and the dots placed on it.
     */
    final class DotStepper extends Div {
        final Element minus = new Element("button");
        final Element plus = new Element("button");
        final Element count = new Element("span");
        int dots;

        DotStepper(String label) {
            addClassName("poll-dot-row");
            Element name = new Element("span").setText(label);
            name.setAttribute("class", "poll-dot-label");
            for (Element button : new Element[] {minus, plus}) {
                button.setAttribute("type", "button");
                button.setAttribute("class", "poll-dot-button");
            }
            minus.setText("−");
            plus.setText("+");
            minus.setAttribute("aria-label", PollTexts.of(this, "poll.dot.remove", label));
            plus.setAttribute("aria-label", PollTexts.of(this, "poll.dot.add", label));
            minus.addEventListener("click", e -> set(dots - 1));
            plus.addEventListener("click", e -> set(dots + 1));
            count.setAttribute("class", "poll-dot-count");
            count.setText("0");
            getElement().appendChild(name, minus, count, plus);
        }

        void set(int value) {
            int max = dots + Math.max(0, (poll.dots() == null ? 0 : poll.dots()) - dotsUsed());
            dots = Math.max(0, Math.min(value, max));
            count.setText(Formats.number(dots, getLocale()));
            showDotsLeft();
        }
    }
}
