package org.cohesion.session.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.ValidationException;
import org.cohesion.base.ui.FieldErrors;
import org.cohesion.base.ui.Formats;
import org.cohesion.base.ui.Notifications;
import org.cohesion.collab.PlanTopics;
import org.cohesion.collab.SessionTopics;
import org.cohesion.security.CurrentUser;
import org.cohesion.session.Focus;
import org.cohesion.session.FocusKind;
import org.cohesion.session.HandView;
import org.cohesion.session.LiveState;
import org.cohesion.session.ParticipantView;
import org.cohesion.session.RoomState;
import org.cohesion.session.SessionEvent;
import org.cohesion.session.SessionHandsService;
import org.cohesion.session.SessionHostService;
import org.cohesion.session.SessionPass;
import org.cohesion.session.SessionPinsService;
import org.cohesion.session.SessionCommentsService;
import org.cohesion.session.SessionService;
import org.cohesion.session.SessionStatus;
import org.cohesion.session.record.SessionRecordService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;

/**
 * The live room of a session ({@code /sessions/{id}}), for members and guests with a pass: header, live bar
 * (focus, timer, speaker), a slot for other features' sections (polls, see {@link SessionRoomSection}), the
 * agenda, the plan, participants and raised hands, the host's controls and the participant's own actions at the
 * bottom. Participants who consent to follow the host have their view moved to the host's focus; every change is
 * announced politely. Changes arrive through the session's Collaboration Engine topic as snapshots (see
 * {@link SessionTopics}); the room re-reads the database whenever its connection (re)activates. Once the session
 * has ended, members of the plan's community see its record here ({@link SessionRecordPanel}); guests' access
 * ends with the session. This class enters the room and routes changes to its parts; the parts draw themselves.
 */
@Route(value = "sessions/:sessionId(\\d+)", autoLayout = false)
@AnonymousAllowed
class SessionRoomView extends Main implements BeforeEnterObserver, HasDynamicTitle, RoomActions {

    private final SessionService sessions;
    private final SessionHostService hosting;
    private final SessionHandsService hands;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ObjectProvider<SessionRoomSection> sections;
    private final SessionRecordService records;
    private final SessionPinsService pinsService;
    private final SessionCommentsService commentsService;

    SessionPass pass;
    RoomState room;
    LiveState live;
    List<ParticipantView> people = List.of();
    List<HandView> queue = List.of();
    private long peopleSeq = Long.MIN_VALUE;
    private long handsSeq = Long.MIN_VALUE;
    /** Whether this participant follows the host (their stored consent). */
    boolean following;
    /** Moves this view to the host's focus while the participant follows. */
    final FocusFollower follower = new FocusFollower();
    private SessionTopics.SessionSignal signal;
    private String endedTitle;

    RoomHeader header;
    final LiveBar liveBar = new LiveBar();
    /**
     * POLLS: the slot for other features' parts of the room (the polls panel), filled from the
     * {@link SessionRoomSection} beans when the room opens; empty (and hidden) when there are none.
     */
    final Div polls = new Div();
    AgendaPanel agenda;
    PlanPanel plan;
    final ParticipantsPanel participants = new ParticipantsPanel();
    final HandsPanel handsPanel = new HandsPanel();
    RoomComments comments;
    /** The host's controls; null for everyone else. */
    HostControls hostControls;
    ParticipantActions actions;
    FollowConsentDialog followDialog;
    final LiveRegion announcer = new LiveRegion();
    /** The record, once the session has ended; null while the room shows. */
    SessionRecordPanel record;
    /** Told each time a live state is on screen (tests and the scale benchmark measure with it). */
    private final List<Consumer<LiveState>> stateShown = new CopyOnWriteArrayList<>();

    SessionRoomView(SessionService sessions, SessionHostService hosting, SessionHandsService hands,
                    SessionRecordService records, SessionPinsService pinsService,
                    SessionCommentsService commentsService, CurrentUser currentUser, Clock clock,
                    ObjectProvider<SessionRoomSection> sections) {
        this.pinsService = pinsService;
        this.commentsService = commentsService;
        this.sessions = sessions;
        this.hosting = hosting;
        this.hands = hands;
        this.currentUser = currentUser;
        this.clock = clock;
        this.sections = sections;
        this.records = records;
        addClassName("session-room");
        liveBar.showRecord.addClickListener(e -> renderRecord(room.sessionId()));
        polls.addClassName("session-polls");
        polls.setId("session-polls");
        polls.getElement().setAttribute("data-extension", "polls");
    }

    // ------------------------------------------------------------------ entering

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long sessionId = event.getRouteParameters().getLong("sessionId")
                .orElseThrow(() -> new ObjectNotFoundException("Session"));
        boolean fresh = SessionPasses.takeFresh(sessionId);
        record = null;
        Optional<SessionPass> stored = SessionPasses.get(sessionId);
        boolean hadPass = stored.isPresent();
        pass = null;
        room = null;
        if (stored.isPresent()) {
            try {
                if (!fresh) {
                    sessions.rejoin(stored.get());
                }
                pass = stored.get();
            } catch (AccessDeniedException e) {
                SessionPasses.remove(sessionId);
            } catch (ValidationException e) {
                // the session has ended: members see what it left behind
                pass = null;
            }
        }
        if (pass == null) {
            if (currentUser.find().isEmpty()) {
                // a guest whose access ended goes back to the join page; anyone else signs in
                event.forwardTo(hadPass ? "join" : "login");
                return;
            }
            try {
                if (sessions.session(sessionId).status() == SessionStatus.ENDED) {
                    renderRecord(sessionId);
                    return;
                }
                pass = sessions.joinAsMember(sessionId);
                SessionPasses.put(pass);
            } catch (ObjectNotFoundException e) {
                event.forwardTo("join");
                return;
            } catch (ValidationException e) {
                // ended meanwhile
                renderRecord(sessionId);
                return;
            }
        }
        try {
            load();
        } catch (AccessDeniedException e) {
            SessionPasses.remove(sessionId);
            event.forwardTo("join");
            return;
        }
        render();
    }

    private void load() {
        room = sessions.room(pass);
        live = room.live();
        people = sessions.participants(pass);
        queue = hands.queue(pass);
        following = people.stream().filter(p -> p.participantId() == pass.participantId())
                .findFirst().map(ParticipantView::followsHost).orElse(false);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (pass != null && room != null) {
            try {
                sessions.leave(pass);
            } catch (RuntimeException e) {
                // the pass died meanwhile (session ended): nothing to close
            }
        }
    }

    private void disconnect() {
        if (signal != null) {
            signal.remove();
            signal = null;
        }
    }

    /** Whether the room is connected to the session's topic, so that changes show live. */
    boolean connected() {
        return signal != null && signal.connected();
    }

    // ------------------------------------------------------------------ rendering

    /** Shows the record of the ended session (members of the plan's community only: the service checks). */
    void renderRecord(long sessionId) {
        removeAll();
        disconnect();
        pass = null;
        room = null;
        record = new SessionRecordPanel(records, sessionId,
                VaadinService.getCurrent().getInstantiator().getI18NProvider(), getLocale());
        endedTitle = record.document.record().session().title();
        add(record);
    }

    private void render() {
        removeAll();
        disconnect();
        // listens while attached, re-reads whenever the connection (re)activates
        signal = SessionTopics.connect(this, pass.sessionId(), this::onTopicChange, this::reload);
        boolean host = room.me().host();
        header = new RoomHeader(room);
        agenda = new AgendaPanel(room.agenda(),
                host ? id -> act(() -> apply(hosting.setCurrentItem(pass, id))) : null);
        plan = new PlanPanel(room.texts(), room.drawings(), host
                ? id -> act(() -> apply(hosting.setFocus(pass, FocusKind.ANNOTATION, String.valueOf(id)))) : null);
        if (!room.drawings().isEmpty()) {
            PlanTopics.listen(plan.drawings, room.planId(), PlanTopics.ANNOTATIONS, this::showPins);
            showPins();
        }
        comments = new RoomComments(commentsService, pass, room.me().guest(), host, room.guestsMayComment());
        Section side = new Section(participants, handsPanel, comments);
        side.addClassName("session-people");
        Div body = new Div(agenda, plan, side);
        body.addClassName("session-body");
        polls.removeAll();
        sections.orderedStream().map(s -> s.forRoom(pass, room)).filter(Objects::nonNull).forEach(polls::add);
        polls.setVisible(polls.getComponentCount() > 0);
        actions = new ParticipantActions(host, this::toggleHand, () -> setFollowing(!following));
        followDialog = new FollowConsentDialog(this::setFollowing);
        add(header, liveBar, polls, body);
        hostControls = null;
        if (host) {
            hostControls = new HostControls(sessions, hosting, hands, pass, room.texts().keySet(), this);
            add(hostControls);
        }
        add(actions, announcer);
        showState(null);
        showPeople();
        showHands();
        if (following) {
            moveToFocus();
        }
    }

    // ------------------------------------------------------------------ live updates

    private void onTopicChange(SessionTopics.Change change) {
        if (room == null) {
            return;
        }
        switch (change.key()) {
            case SessionTopics.STATE -> apply(change.value(LiveState.class));
            case SessionTopics.PARTICIPANTS -> apply(change.value(SessionEvent.ParticipantsChanged.class));
            case SessionTopics.HANDS -> apply(change.value(SessionEvent.HandsChanged.class));
            case SessionTopics.FOLLOW -> askToFollow();
            case SessionTopics.COMMENTS -> comments.apply(change.value(SessionEvent.CommentsChanged.class));
            default -> {
                // other keys (polls) are for the sections in the polls slot
            }
        }
    }

    /** Re-reads everything from the database (when the topic connection (re)activates). */
    void reload() {
        if (pass == null || room == null) {
            return;
        }
        LiveState before = live;
        try {
            load();
        } catch (AccessDeniedException e) {
            passEnded();
            return;
        }
        showState(before);
        showPeople();
        showHands();
        showPins();
        comments.reload();
    }

    /** Re-reads the plan's pins and areas (when someone changed one, and on reconnecting). */
    private void showPins() {
        if (pass == null || room == null || room.drawings().isEmpty()) {
            return;
        }
        try {
            plan.drawings.show(pinsService.pins(pass));
            if (live.focus() != null && live.focus().kind() == FocusKind.ANNOTATION && plan.drawings.selected() == null) {
                plan.drawings.select(FocusFollower.parseLong(live.focus().ref()), false);
            }
        } catch (AccessDeniedException e) {
            // the pass ended with the session: keep what is shown
        }
    }

    @Override
    public void apply(LiveState next) {
        if (next == null || next.version() < live.version()) {
            return;
        }
        LiveState before = live;
        live = next;
        showState(before);
        if (next.status() == SessionStatus.ENDED && room.me().guest()) {
            passEnded();
        }
    }

    void apply(SessionEvent.ParticipantsChanged next) {
        if (next == null || next.seq() < peopleSeq) {
            return;
        }
        peopleSeq = next.seq();
        people = next.participants();
        people.stream().filter(p -> p.participantId() == pass.participantId()).findFirst()
                .ifPresent(p -> following = p.followsHost());
        showPeople();
    }

    void apply(SessionEvent.HandsChanged next) {
        if (next == null || next.seq() < handsSeq) {
            return;
        }
        handsSeq = next.seq();
        Long speakerBefore = HandsPanel.speakerId(queue);
        queue = next.queue();
        showHands();
        Long speakerNow = HandsPanel.speakerId(queue);
        if (speakerNow != null && !speakerNow.equals(speakerBefore)) {
            announcer.announce(getTranslation("session.hands.called", HandsPanel.speakerName(queue)));
        }
    }

    @Override
    public void showQueue(List<HandView> next) {
        queue = next;
        showHands();
    }

    private void askToFollow() {
        if (!room.me().host() && !following && live.status() == SessionStatus.LIVE) {
            followDialog.open();
        }
    }

    /** The guest's pass died with the session: kept, so that coming back leads to the join page, not sign-in. */
    private void passEnded() {
        liveBar.notice(getTranslation("session.room.guest-ended"));
        actions.disable();
        comments.close();
    }

    /** Shows the live state; announces what changed since {@code before} (nothing when null: first show). */
    private void showState(LiveState before) {
        SessionStatus status = live.status();
        // only what changed goes to the browser: with hundreds in the room each change is pushed to every one
        if (before == null || before.status() != status) {
            header.showStatus(status);
            liveBar.notice(switch (status) {
                case SCHEDULED -> getTranslation("session.room.not-started",
                        Formats.dateTime(room.startsAt(), getLocale()));
                case LIVE -> "";
                case ENDED -> getTranslation(room.me().guest() ? "session.room.guest-ended" : "session.room.ended");
            });
            liveBar.showRecord.setVisible(status == SessionStatus.ENDED && !room.me().guest());
            if (hostControls != null) {
                hostControls.showStatus(status, !queue.isEmpty());
            }
            actions.setLive(status == SessionStatus.LIVE);
            if (before != null) {
                comments.reload();
            }
        }
        if (before == null || !Objects.equals(before.currentItemId(), live.currentItemId())) {
            agenda.showCurrent(live.currentItemId());
        }
        Focus focus = live.focus();
        if (before == null || !Objects.equals(before.focus(), focus)) {
            liveBar.focusLine.setText(focus == null ? getTranslation("session.focus.none")
                    : getTranslation("session.focus.now", focusLabel(focus)));
        }
        if (before == null || !Objects.equals(before.timerEndsAt(), live.timerEndsAt())) {
            liveBar.timer.show(live.timerEndsAt(), clock.instant(), announcer.getElement());
        }

        if (before == null) {
            return;
        }
        List<String> news = new ArrayList<>();
        if (before.status() != status) {
            news.add(getTranslation(status == SessionStatus.LIVE ? "session.room.started"
                    : status == SessionStatus.ENDED ? "session.room.ended" : status.labelKey()));
        }
        if (!Objects.equals(before.currentItemId(), live.currentItemId()) && live.currentItemId() != null) {
            news.add(getTranslation("session.agenda.now", agenda.title(live.currentItemId())));
        }
        if (focus != null && !Objects.equals(before.focus(), focus)) {
            news.add(getTranslation("session.focus.moved", focusLabel(focus)));
            if (focus.kind() == FocusKind.ANNOTATION) {
                plan.drawings.select(FocusFollower.parseLong(focus.ref()), following);
            }
            if (following) {
                moveToFocus();
            }
        }
        if (!Objects.equals(before.timerEndsAt(), live.timerEndsAt())) {
            news.add(live.timerEndsAt() == null ? getTranslation("session.timer.stopped")
                    : getTranslation("session.timer.started", live.timerSeconds() / 60, live.timerSeconds() % 60));
        }
        if (!news.isEmpty()) {
            announcer.announce(String.join(" ", news));
        }
        stateShown.forEach(listener -> listener.accept(live));
    }

    /** Calls the listener (with the UI locked) each time a changed live state has been shown. */
    Registration addStateShownListener(Consumer<LiveState> listener) {
        stateShown.add(listener);
        return () -> stateShown.remove(listener);
    }

    private void showPeople() {
        participants.show(people);
        actions.showFollowing(following);
    }

    private void showHands() {
        handsPanel.show(queue);
        String speakerName = HandsPanel.speakerName(queue);
        liveBar.speaker(speakerName == null ? null : getTranslation("session.hands.speaking", speakerName));
        actions.showHand(queue.stream().anyMatch(h -> h.participantId() == pass.participantId()));
        if (hostControls != null) {
            hostControls.showStatus(live.status(), !queue.isEmpty());
        }
    }

    // ------------------------------------------------------------------ following the host

    /** Moves this view to the host's focus: highlights the target and scrolls it into view. */
    void moveToFocus() {
        Focus focus = live.focus();
        if (focus == null) {
            return;
        }
        follower.moveTo(focus, switch (focus.kind()) {
            case ITEM -> agenda.item(FocusFollower.parseLong(focus.ref()));
            case SECTION -> plan.text(FocusFollower.parseField(focus.ref()));
            case ANNOTATION -> pinOrDrawings(FocusFollower.parseLong(focus.ref()));
        });
    }

    private Component pinOrDrawings(Long annotationId) {
        Component stage = plan.drawings.select(annotationId, true);
        return stage == null ? plan.drawings : stage;
    }

    private void setFollowing(boolean follows) {
        act(() -> {
            sessions.setFollowing(pass, follows);
            following = follows;
            showPeople();
            if (follows) {
                moveToFocus();
                announcer.announce(getTranslation("session.follow.on"));
            } else {
                follower.stop();
            }
        });
    }

    // ------------------------------------------------------------------ actions

    private void toggleHand() {
        boolean mine = queue.stream().anyMatch(h -> h.participantId() == pass.participantId());
        act(() -> {
            if (mine) {
                hands.lowerHand(pass);
            } else {
                hands.raiseHand(pass);
            }
            showQueue(hands.queue(pass));
        });
    }

    @Override
    public void act(Runnable action) {
        try {
            action.run();
        } catch (ValidationException e) {
            Notifications.error(FieldErrors.translate(this, e.fieldErrors().values().iterator().next()));
        } catch (AccessDeniedException e) {
            Notifications.error(getTranslation("session.room.not-allowed"));
            if (room.me().guest()) {
                passEnded();
            }
        }
    }

    private String focusLabel(Focus focus) {
        if (focus.kind() == FocusKind.ANNOTATION) {
            Integer number = plan.drawings.number(FocusFollower.parseLong(focus.ref()));
            if (number != null) {
                return getTranslation("session.focus.pin", number);
            }
        }
        return FocusFollower.label(this, focus, agenda::title);
    }

    @Override
    public String getPageTitle() {
        if (room != null) {
            return room.title();
        }
        return endedTitle != null ? endedTitle : getTranslation("session.room.title");
    }
}
