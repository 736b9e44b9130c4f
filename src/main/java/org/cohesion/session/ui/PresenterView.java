package org.cohesion.session.ui;

import com.vaadin.flow.component.AttachEvent;
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
import org.cohesion.plan.PlanField;
import org.cohesion.security.CurrentUser;
import org.cohesion.session.AgendaItemView;
import org.cohesion.session.Focus;
import org.cohesion.session.HandView;
import org.cohesion.session.LiveState;
import org.cohesion.session.RoomState;
import org.cohesion.session.SessionEvent;
import org.cohesion.session.SessionPass;
import org.cohesion.session.SessionService;
import org.springframework.security.access.AccessDeniedException;

/**
 * The presenter view of a session for the projector ({@code /sessions/{id}/present}): large type, the join link
 * with its QR code, the current agenda item, the focus, the timer and the speaker. Shown to whoever holds a
 * pass of the session (usually the host, in a second tab); it does not count as attending. Poll results go into
 * {@link #polls}, left for the polls feature.
 */
@Route(value = "sessions/:sessionId(\\d+)/present", autoLayout = false)
@AnonymousAllowed
class PresenterView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SessionService sessions;
    private final CurrentUser currentUser;
    private final Clock clock;

    SessionPass pass;
    RoomState room;
    LiveState live;
    List<HandView> queue = List.of();
    private long handsSeq = Long.MIN_VALUE;
    String joinUrl;

    final H1 title = new H1();
    final Paragraph planTitle = new Paragraph();
    final Div qr = new Div();
    final Paragraph joinLine = new Paragraph();
    final Span code = new Span();
    final H2 currentItem = new H2();
    final Paragraph focusLine = new Paragraph();
    final Countdown timer = new Countdown();
    final Div timerBox = new Div();
    final Paragraph speaker = new Paragraph();
    final Paragraph status = new Paragraph();
    final Div announcer = new Div();
    /**
     * POLLS: the container where the polls feature shows the results of the session's open or last poll (bars,
     * large type). Listen to {@link SessionTopics#POLLS} on this view's topic connection, or open your own.
     */
    final Div polls = new Div();

    PresenterView(SessionService sessions, CurrentUser currentUser, Clock clock) {
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("session-presenter");
        announcer.addClassName("visually-hidden");
        announcer.getElement().setAttribute("aria-live", "polite");
        announcer.getElement().setAttribute("role", "status");
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
                pass = sessions.joinAsMember(sessionId);
                // the projector is not a person in the room
                sessions.leave(pass);
                SessionPasses.put(pass);
                room = sessions.room(pass);
            } catch (ObjectNotFoundException | ValidationException e) {
                event.forwardTo("join");
                return;
            }
        }
        live = room.live();
        queue = sessions.queue(pass);
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
        timerBox.removeAll();
        timerBox.add(timer);
        timerBox.addClassName("presenter-timer");
        speaker.addClassName("presenter-speaker");
        status.addClassName("presenter-status");
        polls.addClassName("presenter-polls");
        polls.setId("presenter-polls");
        polls.getElement().setAttribute("data-extension", "polls");
        Div now = new Div(status, currentItem, focusLine, timerBox, speaker, polls);
        now.addClassName("presenter-now");

        Div body = new Div(now, join);
        body.addClassName("presenter-body");
        add(heading, body, announcer);
        showState();
        showHands();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (room != null) {
            SessionTopics.connect(this, pass.sessionId(), change -> {
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
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        // nothing to leave: the presenter view never counted as attending
    }

    private void reload() {
        try {
            room = sessions.room(pass);
            live = room.live();
            queue = sessions.queue(pass);
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
        String label = focus == null ? null : switch (focus.kind()) {
            case ITEM -> null;
            case SECTION -> {
                try {
                    yield getTranslation(PlanField.valueOf(focus.ref()).labelKey());
                } catch (IllegalArgumentException e) {
                    yield null;
                }
            }
            case ANNOTATION -> getTranslation("session.focus.annotation");
        };
        focusLine.setText(label == null ? "" : getTranslation("session.focus.now", label));
        focusLine.setVisible(label != null);
        timerBox.setVisible(live.timerEndsAt() != null);
        timer.show(live.timerEndsAt(), clock.instant(), getTranslation("session.timer.ended"), announcer.getElement());
    }

    private void showHands() {
        String name = queue.stream().filter(HandView::called).map(HandView::displayName).findFirst().orElse(null);
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
