package org.cohesion.session.poll.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import elemental.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cohesion.session.poll.PollOptionResult;
import org.cohesion.session.poll.PollService;
import org.cohesion.session.poll.PollSnapshot;
import org.cohesion.session.poll.PollStatus;
import org.cohesion.session.poll.PollView;

/**
 * One poll in the {@link PollsPanel}. The host's open and close buttons are server components; everything else —
 * question, meta, the vote form while the poll is open and the participant has not voted, "you voted", the
 * error line and the results — is drawn in the browser from a small model ({@link PollCardModel},
 * {@link PollCardScripts}), because every open room draws a card when a poll opens: a card of components cost
 * each of 300 rooms ~6–7 ms and a 7.6 KB push. A new snapshot of the same status only sends the numbers.
 */
class PollCard extends Section {

    /** The event the vote button sends, with the choice in its detail. */
    static final String VOTE_EVENT = "poll-vote";
    static final String VOTE_DETAIL = "event.detail";

    private final PollsPanel panel;
    private final boolean host;
    private final boolean mayVote;
    PollSnapshot poll;
    private Map<Long, Integer> myVotes = Map.of();
    private String error = "";

    final Div view = new Div();
    final Button open = new Button();
    final Button close = new Button();
    private JsonObject model;
    private String barsSent;
    private int renders;

    PollCard(PollsPanel panel, PollView view, boolean host, boolean mayVote) {
        this.panel = panel;
        this.host = host;
        this.mayVote = mayVote;
        this.poll = view.poll();
        this.myVotes = Map.copyOf(view.myVotes());
        addClassName("poll-card");
        setId("poll-" + poll.id());
        getElement().setAttribute("aria-labelledby", "poll-" + poll.id() + "-question");
        this.view.addClassName("poll-view");
        this.view.getElement().addEventListener(VOTE_EVENT,
                e -> panel.vote(this, parseChoice(e.getEventData().getString(VOTE_DETAIL), poll)))
                .addEventData(VOTE_DETAIL);
        // the browser forgets what it drew when the card is attached again (say, after a reconnect)
        this.view.addAttachListener(e -> render());
        add(this.view);
        if (host) {
            open.setText(PollTexts.of(this, "poll.open"));
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            open.addClickListener(e -> panel.open(this));
            close.setText(PollTexts.of(this, "poll.close"));
            close.addThemeVariants(ButtonVariant.LUMO_ERROR);
            close.addClickListener(e -> panel.close(this));
            Div hostRow = new Div(open, close);
            hostRow.addClassName("poll-host-row");
            add(hostRow);
        }
        showStatus();
    }

    long seq() {
        return poll.seq();
    }

    /** Shows a snapshot of this poll: all of it when its status changed, else only the new numbers. */
    void show(PollSnapshot next) {
        PollStatus before = poll.status();
        poll = next;
        showStatus();
        if (before != next.status()) {
            render();
        } else if (next.status() != PollStatus.DRAFT && view.isAttached()) {
            String bars = PollCardModel.bars(this, next).toJson();
            if (!bars.equals(barsSent)) {
                barsSent = bars;
                PollCardScripts.call(view.getElement(), PollCardScripts.BARS, view.getElement(), bars);
            }
        }
    }

    /** Shows this participant's own votes ("you voted", and no more form); empty when they have not voted. */
    void showMine(Map<Long, Integer> votes) {
        if (!votes.equals(myVotes)) {
            myVotes = Map.copyOf(votes);
            render();
        }
    }

    /** Draws the card again (the panel's session ended: no more voting). */
    void refresh() {
        render();
    }

    boolean hasVoted() {
        return !myVotes.isEmpty();
    }

    /** Shows an error under the form (null or empty: none), keeping what the participant chose. */
    void showError(String text) {
        error = text == null ? "" : text;
        if (view.isAttached()) {
            PollCardScripts.call(view.getElement(), PollCardScripts.ERROR, view.getElement(), error);
        }
    }

    /** Whether the vote form shows: open poll, allowed to vote, not voted yet, session not over. */
    boolean formShown() {
        return mayVote && !panel.ended() && poll.status() == PollStatus.OPEN && myVotes.isEmpty();
    }

    /** The model last drawn in the browser (for tests). */
    JsonObject model() {
        return model;
    }

    /** The results last sent to the browser, whole or as numbers only (for tests); null before any. */
    JsonObject results() {
        return barsSent == null ? null : elemental.json.Json.parse(barsSent);
    }

    /** The error line as it is now (for tests). */
    String error() {
        return error;
    }

    /** How many times the whole card was drawn (for tests). */
    int renders() {
        return renders;
    }

    private void showStatus() {
        setClassName("poll-open", poll.status() == PollStatus.OPEN);
        open.setVisible(host && poll.status() == PollStatus.DRAFT);
        close.setVisible(host && poll.status() == PollStatus.OPEN);
    }

    private void render() {
        model = PollCardModel.card(this, poll, myVotes, formShown(), error);
        barsSent = model.hasKey("bars") ? model.getObject("bars").toJson() : null;
        if (view.isAttached()) {
            renders++;
            PollCardScripts.call(view.getElement(), PollCardScripts.RENDER, view.getElement(), model.toJson());
        }
    }

    /**
     * The choice the browser sent ({@code optionId:dots} pairs separated by commas), as option id → dots; only
     * options of this poll, at most {@link PollService#MAX_DOTS} dots each; anything else is left out (the service
     * then says what is missing).
     */
    static Map<Long, Integer> parseChoice(String detail, PollSnapshot poll) {
        Set<Long> options = poll.options().stream().map(PollOptionResult::optionId).collect(Collectors.toSet());
        Map<Long, Integer> choice = new LinkedHashMap<>();
        if (detail == null || detail.length() > 2_000) {
            return choice;
        }
        for (String pair : detail.split(",")) {
            String[] parts = pair.split(":");
            if (parts.length == 2 && parts[0].matches("\\d{1,18}") && parts[1].matches("\\d{1,3}")) {
                long id = Long.parseLong(parts[0]);
                int dots = Integer.parseInt(parts[1]);
                if (options.contains(id) && dots >= 1 && dots <= PollService.MAX_DOTS) {
                    choice.put(id, dots);
                }
            }
        }
        return choice;
    }
}
