package org.cohesion.session.poll.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.ValidationException;
import org.cohesion.base.ui.FieldErrors;
import org.cohesion.collab.SessionTopics;
import org.cohesion.session.Participant;
import org.cohesion.session.SessionPass;
import org.cohesion.session.poll.PollKind;
import org.cohesion.session.poll.PollService;
import org.cohesion.session.poll.PollSnapshot;
import org.cohesion.session.poll.PollStatus;
import org.cohesion.session.poll.PollView;
import org.cohesion.session.poll.PollsChanged;
import org.cohesion.session.poll.SessionPolls;
import org.springframework.security.access.AccessDeniedException;

/**
 * The polls of a live session, for the room: the host gets "New poll" and open/close per poll; everyone sees the
 * open polls with a vote form until they have voted, and the results as bars that update live. Opening and
 * closing are announced in a polite live region. Standalone: give it the service and the participant's pass and
 * place it anywhere; it listens to the session's topic (key {@link SessionTopics#POLLS}) while attached and keeps,
 * per poll, only the snapshot with the highest seq, so a burst of votes costs each room a few text and width
 * updates. It re-reads the polls whenever its connection (re)activates.
 */
public class PollsPanel extends Section {

    private final PollService service;
    private final SessionPass pass;
    private final SessionTopics.SessionSignal signal;
    private Participant me;
    private boolean ended;
    private boolean loaded;
    /** The cards shown, by poll id. */
    private final Map<Long, PollCard> cards = new LinkedHashMap<>();

    final H2 heading = new H2();
    final Button newPoll = new Button();
    final Div list = new Div();
    final Paragraph empty = new Paragraph();
    final Div announcer = new Div();

    public PollsPanel(PollService service, SessionPass pass) {
        this.service = service;
        this.pass = pass;
        addClassName("polls-panel");
        heading.setText(getTranslation("poll.title"));
        heading.setId("polls-heading-" + pass.sessionId());
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        newPoll.setText(getTranslation("poll.new"));
        newPoll.setIcon(VaadinIcon.PLUS.create());
        newPoll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newPoll.addClassName("poll-new");
        newPoll.setVisible(false);
        newPoll.addClickListener(e -> new NewPollDialog(this).open());
        Div header = new Div(heading, newPoll);
        header.addClassName("polls-header");
        list.addClassName("poll-list");
        empty.addClassName("polls-empty");
        announcer.addClassName("visually-hidden");
        announcer.getElement().setAttribute("aria-live", "polite");
        announcer.getElement().setAttribute("role", "status");
        add(header, announcer, list, empty);
        reload();
        signal = SessionTopics.connect(this, pass.sessionId(), this::onChange, this::reload);
    }

    /** Listens to every poll change this panel shows (a poll appearing, opening, closing, new results). */
    public Registration addPollChangeListener(ComponentEventListener<PollChangeEvent> listener) {
        return addListener(PollChangeEvent.class, listener);
    }

    /** Whether the panel is connected to the session's topic, so that changes show live. */
    public boolean live() {
        return signal.connected();
    }

    /** The polls shown, in their order on screen. */
    public List<PollSnapshot> shown() {
        return list.getChildren().map(c -> ((PollCard) c).poll).toList();
    }

    /** The card of a poll, if shown. */
    PollCard card(long pollId) {
        return cards.get(pollId);
    }

    boolean ended() {
        return ended;
    }

    // ------------------------------------------------------------------ live updates

    private void onChange(SessionTopics.Change change) {
        if (!SessionTopics.POLLS.equals(change.key())) {
            return;
        }
        PollsChanged event = PollChanges.read(change);
        if (event != null) {
            apply(event.poll());
        }
    }

    /** Shows a snapshot unless an equal or newer one of the poll is shown already. */
    void apply(PollSnapshot snapshot) {
        if (me == null || snapshot.sessionId() != pass.sessionId() || !snapshot.shownTo(me)) {
            return;
        }
        PollCard card = cards.get(snapshot.id());
        if (card == null) {
            card = addCard(new PollView(snapshot, Map.of()));
            announce(null, snapshot);
            arrange();
            fire(snapshot, true);
        } else if (snapshot.seq() > card.seq()) {
            PollStatus before = card.poll.status();
            card.show(snapshot);
            boolean moved = before != snapshot.status();
            if (moved) {
                announce(before, snapshot);
                arrange();
            }
            fire(snapshot, moved);
        }
    }

    /** Re-reads the session's polls (on (re)connecting, and after a refusal that says this view is behind). */
    void reload() {
        SessionPolls polls;
        try {
            polls = service.polls(pass);
        } catch (AccessDeniedException e) {
            // the pass no longer works (a guest after the session ended): keep what is shown, without actions
            ended = true;
            newPoll.setVisible(false);
            cards.values().forEach(PollCard::refresh);
            return;
        }
        me = polls.me();
        newPoll.setVisible(me.host());
        Set<Long> current = new HashSet<>();
        for (PollView view : polls.polls()) {
            current.add(view.poll().id());
            PollCard card = cards.get(view.poll().id());
            if (card == null) {
                addCard(view);
                if (loaded) {
                    announce(null, view.poll());
                }
            } else {
                PollStatus before = card.poll.status();
                if (view.poll().seq() >= card.seq()) {
                    card.show(view.poll());
                }
                card.showMine(view.myVotes());
                if (before != card.poll.status()) {
                    announce(before, card.poll);
                }
            }
        }
        new ArrayList<>(cards.keySet()).stream().filter(id -> !current.contains(id))
                .forEach(id -> list.remove(cards.remove(id)));
        arrange();
        loaded = true;
    }

    private PollCard addCard(PollView view) {
        PollCard card = new PollCard(this, view, me.host(), !me.guest() || view.poll().openToGuests());
        cards.put(view.poll().id(), card);
        return card;
    }

    /**
     * Puts the cards in order: open polls first, then drafts, then closed ones; newest first within each. Moves
     * only cards that are out of place.
     */
    private void arrange() {
        List<PollCard> order = new ArrayList<>(cards.values());
        order.sort(Comparator.comparingInt((PollCard c) -> rank(c.poll.status()))
                .thenComparing(c -> -c.poll.id()));
        for (int i = 0; i < order.size(); i++) {
            PollCard card = order.get(i);
            List<com.vaadin.flow.component.Component> shown = list.getChildren().toList();
            if (i < shown.size() && shown.get(i) == card) {
                continue;
            }
            if (card.getParent().isPresent()) {
                list.remove(card);
            }
            list.addComponentAtIndex(i, card);
        }
        showEmpty();
    }

    private static int rank(PollStatus status) {
        return switch (status) {
            case OPEN -> 0;
            case DRAFT -> 1;
            case CLOSED -> 2;
        };
    }

    private void showEmpty() {
        empty.setText(PollTexts.of(this, me != null && me.host() ? "poll.empty.host" : "poll.empty"));
        empty.setVisible(cards.isEmpty());
    }

    private void announce(PollStatus before, PollSnapshot now) {
        if (before == now.status()) {
            return;
        }
        if (now.status() == PollStatus.OPEN) {
            announcer.setText(PollTexts.of(this, "poll.announce.opened", now.question()));
        } else if (now.status() == PollStatus.CLOSED && before == PollStatus.OPEN) {
            announcer.setText(PollTexts.of(this, "poll.announce.closed", now.question()));
        }
    }

    private void fire(PollSnapshot snapshot, boolean statusChanged) {
        fireEvent(new PollChangeEvent(this, snapshot, statusChanged));
    }

    // ------------------------------------------------------------------ actions

    void vote(PollCard card, Map<Long, Integer> choice) {
        card.showError(null);
        try {
            PollView result = service.vote(pass, card.poll.id(), choice);
            card.showMine(result.myVotes());
            apply(result.poll());
            announcer.setText(getTranslation("poll.announce.voted"));
        } catch (ValidationException e) {
            card.showError(FieldErrors.translate(this, e.fieldErrors().values().iterator().next()));
            if (e.fieldErrors().containsKey("poll")) {
                // voted elsewhere (another tab), or the poll closed meanwhile: show how things stand
                reload();
            }
        } catch (AccessDeniedException | ObjectNotFoundException e) {
            card.showError(getTranslation("poll.not-allowed"));
        }
    }

    void open(PollCard card) {
        hostAction(card, () -> apply(service.open(pass, card.poll.id())));
    }

    void close(PollCard card) {
        hostAction(card, () -> apply(service.close(pass, card.poll.id())));
    }

    private void hostAction(PollCard card, Runnable action) {
        card.showError(null);
        try {
            action.run();
        } catch (ValidationException e) {
            card.showError(FieldErrors.translate(this, e.fieldErrors().values().iterator().next()));
            reload();
        } catch (AccessDeniedException | ObjectNotFoundException e) {
            card.showError(getTranslation("poll.not-allowed"));
        }
    }

    /** Whether the session's plan is in its decision phase, so that the host may create decision polls. */
    boolean decisionPhase() {
        try {
            return service.decisionPhase(pass);
        } catch (AccessDeniedException | ObjectNotFoundException e) {
            return false;
        }
    }

    /** Creates a poll (from the dialog), opening it at once if asked; shows it. */
    PollView create(String question, PollKind kind, List<String> options, Integer dots, boolean openToGuests,
                    boolean decides, boolean openNow) {
        PollView created = service.create(pass, question, kind, options, dots, openToGuests, decides);
        apply(created.poll());
        PollCard card = cards.get(created.poll().id());
        if (openNow && card != null) {
            // refusals (a session not live yet) show on the new draft's card
            open(card);
        }
        return created;
    }

    /** A poll this panel shows changed: appeared, opened, closed, or got new results. */
    public static class PollChangeEvent extends ComponentEvent<PollsPanel> {

        private final PollSnapshot poll;
        private final boolean statusChanged;

        PollChangeEvent(PollsPanel source, PollSnapshot poll, boolean statusChanged) {
            super(source, false);
            this.poll = poll;
            this.statusChanged = statusChanged;
        }

        /** The poll as now shown. */
        public PollSnapshot getPoll() {
            return poll;
        }

        /** Whether the poll appeared or its status changed (not only its results). */
        public boolean isStatusChanged() {
            return statusChanged;
        }
    }
}
