package org.cohesion.session.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.ValidationException;
import org.cohesion.collab.SessionTopics;
import org.cohesion.security.CurrentUser;
import org.cohesion.session.AgendaItemView;
import org.cohesion.session.Focus;
import org.cohesion.session.FocusKind;
import org.cohesion.session.HandView;
import org.cohesion.session.LiveState;
import org.cohesion.session.RoomState;
import org.cohesion.session.SessionHandsService;
import org.cohesion.session.SessionEvent;
import org.cohesion.session.SessionPass;
import org.cohesion.session.SessionService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;

/**
 * The presenter view of a session for the projector ({@code /sessions/{id}/present}): large type, the join link
 * with its QR code, the current agenda item, the focus, the timer and the speaker. Shown to whoever holds a
 * pass of the session (usually the host, in a second tab); it does not count as attending. Poll results go into
 * {@link #polls}, filled by the polls feature through {@link SessionRoomSection#forPresenter}.
 */
@Route(value = "sessions/:sessionId(\\d+)/present", autoLayout = false)
@AnonymousAllowed
class PresenterView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SessionService sessions;
    private final SessionHandsService hands;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ObjectProvider<SessionRoomSection> sections;

    SessionPass pass;
    RoomState room;
    LiveState live;
    List<HandView> queue = List.of();
    private long handsSeq = Long.MIN_VALUE;
    String joinUrl;
    private SessionTopics.SessionSignal signal;

    final H1 title = new H1();
    final Paragraph planTitle = new Paragraph();
    final Div qr = new Div();
    final Paragraph joinLine = new Paragraph();
    final Span code = new Span();
    final H2 currentItem = new H2();
    final Paragraph focusLine = new Paragraph();
    final TimerDisplay timer = new TimerDisplay(false);
    final Paragraph speaker = new Paragraph();
    final Paragraph status = new Paragraph();
    final LiveRegion announcer = new LiveRegion();
    /**
     * POLLS: the slot where the polls feature shows the results of the session's open or last poll (bars, large
     * type), filled from {@link SessionRoomSection#forPresenter} when the view opens.
     */
    final Div polls = new Div();

    PresenterView(SessionService sessions, SessionHandsService hands, CurrentUser currentUser, Clock clock,
                  ObjectProvider<SessionRoomSection> sections) {
        this.sessions = sessions;
        this.hands = hands;
        this.currentUser = currentUser;
        this.clock = clock;
        this.sections = sections;
        addClassName("session-presenter");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long sessionId = event.getRouteParameters().getLong("sessionId")
                .orElseThrow(() -> new ObjectNotFoundException("Session"));
        pass = SessionPasses.get(sessionId).orElse(null);
        try {
            if (pass != null) {
                room = sessions.room(pass);
            }
        } catch (AccessDeniedException e) {
            pass = null;
        }
        if (pass == null) {
            if (currentUser.find().isEmpty()) {
                event.forwardTo("login");
                return;
            }
            try {
                // the projector is not a person in the room: a pass without attending
                pass = sessions.presenterPass(sessionId);
                SessionPasses.put(pass);
                room = sessions.room(pass);
            } catch (ObjectNotFoundException | ValidationException e) {
                event.forwardTo("join");
                return;
            }
        }
        live = room.live();
        queue = hands.queue(pass);
        joinUrl = absoluteUrl("join/" + room.joinCode());
        render();
    }

    private void render() {
        removeAll();
        title.setText(room.title());
        planTitle.setText(room.planTitle());
        planTitle.addClassName("presenter-plan");
        Div heading = new Div(title, planTitle);
        heading.addClassName("presenter-heading");

        qr.addClassName("presenter-qr");
        qr.getElement().setProperty("innerHTML", QrCode.svg(joinUrl));
        qr.getElement().setAttribute("role", "img");
        qr.getElement().setAttribute("aria-label", getTranslation("session.presenter.qr", joinUrl));
        joinLine.setText(getTranslation("session.presenter.join", joinUrl));
        joinLine.addClassName("presenter-join-url");
        code.setText(room.joinCode());
        code.addClassName("presenter-code");
        Div join = new Div(qr, joinLine, new Paragraph(getTranslation("session.presenter.code")), code);
        join.addClassName("presenter-join");

        currentItem.addClassName("presenter-current");
        focusLine.addClassName("presenter-focus");
        timer.addClassName("presenter-timer");
        speaker.addClassName("presenter-speaker");
        status.addClassName("presenter-status");
        polls.addClassName("presenter-polls");
        polls.setId("presenter-polls");
        polls.getElement().setAttribute("data-extension", "polls");
        polls.removeAll();
        sections.orderedStream().map(s -> s.forPresenter(pass, room)).filter(Objects::nonNull).forEach(polls::add);
        Div now = new Div(status, currentItem, focusLine, timer, speaker, polls);
        now.addClassName("presenter-now");

        Div body = new Div(now, join);
        body.addClassName("presenter-body");
        add(heading, body, announcer);
        showState();
        showHands();
        connect();
    }

    /** Listens to the session's topic while attached; re-reads whenever the connection (re)activates. */
    private void connect() {
        if (signal != null) {
            signal.remove();
        }
        signal = SessionTopics.connect(this, pass.sessionId(), change -> {
            if (SessionTopics.STATE.equals(change.key())) {
                LiveState next = change.value(LiveState.class);
                if (next != null && next.version() >= live.version()) {
                    live = next;
                    showState();
                }
            } else if (SessionTopics.HANDS.equals(change.key())) {
                SessionEvent.HandsChanged next = change.value(SessionEvent.HandsChanged.class);
                if (next != null && next.seq() >= handsSeq) {
                    handsSeq = next.seq();
                    queue = next.queue();
                    showHands();
                }
            }
        }, this::reload);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        // nothing to leave: the presenter view never counted as attending
    }

    private void reload() {
        try {
            room = sessions.room(pass);
            live = room.live();
            queue = hands.queue(pass);
        } catch (AccessDeniedException e) {
            return;
        }
        showState();
        showHands();
    }

    private void showState() {
        status.setText(getTranslation(live.status().labelKey()));
        String item = room.agenda().stream().filter(i -> Objects.equals(i.id(), live.currentItemId()))
                .map(AgendaItemView::title).findFirst().orElse(null);
        currentItem.setText(item == null ? "" : item);
        currentItem.setVisible(item != null);
        Focus focus = live.focus();
        // the current item shows above: the focus line names texts and annotations only
        String label = focus == null || focus.kind() == FocusKind.ITEM ? null
                : FocusFollower.label(this, focus, id -> null);
        focusLine.setText(label == null ? "" : getTranslation("session.focus.now", label));
        focusLine.setVisible(label != null);
        timer.show(live.timerEndsAt(), clock.instant(), announcer.getElement());
    }

    private void showHands() {
        String name = HandsPanel.speakerName(queue);
        speaker.setText(name == null ? "" : getTranslation("session.hands.speaking", name));
        speaker.setVisible(name != null);
    }

    /** The absolute URL of a path of this application, as the browser reached it (for the QR code). */
    static String absoluteUrl(String path) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request instanceof VaadinServletRequest servlet) {
            HttpServletRequest http = servlet.getHttpServletRequest();
            String scheme = http.getScheme();
            int port = http.getServerPort();
            boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443)
                    || port <= 0;
            return scheme + "://" + http.getServerName() + (defaultPort ? "" : ":" + port) + http.getContextPath()
                    + "/" + path;
        }
        return "/" + path;
    }

    @Override
    public String getPageTitle() {
        return room == null ? getTranslation("session.room.title") : room.title();
    }
}
