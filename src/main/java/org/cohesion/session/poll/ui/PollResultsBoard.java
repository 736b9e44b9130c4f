package org.cohesion.session.poll.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.cohesion.collab.SessionTopics;
import org.cohesion.session.Participant;
import org.cohesion.session.SessionPass;
import org.cohesion.session.poll.PollService;
import org.cohesion.session.poll.PollSnapshot;
import org.cohesion.session.poll.PollStatus;
import org.cohesion.session.poll.PollView;
import org.cohesion.session.poll.PollsChanged;
import org.springframework.security.access.AccessDeniedException;

/**
 * The results of the session's current poll in large type, for the presenter screen: the open poll opened last,
 * else the poll closed last; hidden while there is none. Question, "Decision poll" for decision polls, status,
 * bars with the numbers, ballots.
 * Standalone like {@link PollsPanel}: it listens to the session's topic while attached, keeps the newest snapshot
 * of each poll and switches to a poll when it opens.
 */
public class PollResultsBoard extends Div {

    private final PollService service;
    private final SessionPass pass;
    private final SessionTopics.SessionSignal signal;
    private final Map<Long, PollSnapshot> known = new HashMap<>();
    private Participant me;
    private PollSnapshot current;

    final H2 question = new H2();
    final Span decides = new Span();
    final Paragraph status = new Paragraph();
    final Div holder = new Div();
    PollBars bars;

    public PollResultsBoard(PollService service, SessionPass pass) {
        this.service = service;
        this.pass = pass;
        addClassName("poll-board");
        question.addClassName("poll-board-question");
        decides.addClassName("poll-decides");
        decides.setText(getTranslation("poll.meta.decides"));
        decides.setVisible(false);
        status.addClassName("poll-board-status");
        holder.addClassName("poll-board-bars");
        add(question, decides, status, holder);
        setVisible(false);
        reload();
        signal = SessionTopics.connect(this, pass.sessionId(), this::onChange, this::reload);
    }

    /** The poll shown, if any. */
    public Optional<PollSnapshot> current() {
        return Optional.ofNullable(current);
    }

    /** Whether the board is connected to the session's topic, so that changes show live. */
    public boolean live() {
        return signal.connected();
    }

    void reload() {
        try {
            var polls = service.polls(pass);
            me = polls.me();
            polls.polls().stream().map(PollView::poll).forEach(this::remember);
        } catch (AccessDeniedException e) {
            // the pass no longer works: keep showing the last results
        }
        choose();
    }

    private void onChange(SessionTopics.Change change) {
        if (!SessionTopics.POLLS.equals(change.key())) {
            return;
        }
        PollsChanged event = PollChanges.read(change);
        if (event != null && me != null && event.sessionId() == pass.sessionId()
                && event.poll().shownTo(me)) {
            remember(event.poll());
            choose();
        }
    }

    private void remember(PollSnapshot s) {
        if (s.status() == PollStatus.DRAFT) {
            return;
        }
        known.merge(s.id(), s, (old, next) -> next.seq() > old.seq() ? next : old);
    }

    /** Shows the open poll opened last, else the poll closed last. */
    private void choose() {
        Comparator<PollSnapshot> openedLast = Comparator.comparing(PollSnapshot::openedAt,
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparingLong(PollSnapshot::id);
        Comparator<PollSnapshot> closedLast = Comparator.comparing(PollSnapshot::closedAt,
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparingLong(PollSnapshot::id);
        PollSnapshot next = known.values().stream().filter(s -> s.status() == PollStatus.OPEN).max(openedLast)
                .orElseGet(() -> known.values().stream().filter(s -> s.status() == PollStatus.CLOSED)
                        .max(closedLast).orElse(null));
        if (next == null) {
            setVisible(false);
            return;
        }
        if (current == null || current.id() != next.id()) {
            current = next;
            question.setText(next.question());
            decides.setVisible(next.decides());
            holder.removeAll();
            bars = new PollBars(next);
            holder.add(bars);
        } else if (next.seq() > current.seq()) {
            current = next;
            bars.update(next);
        } else {
            return;
        }
        status.setText(PollTexts.of(this, next.status().labelKey()));
        status.getElement().setAttribute("data-status", next.status().name().toLowerCase());
        setVisible(true);
    }
}
