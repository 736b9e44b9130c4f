package org.cohesion.session.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.ValidationException;
import org.cohesion.base.ui.FieldErrors;
import org.cohesion.base.ui.Formats;
import org.cohesion.base.ui.Notifications;
import org.cohesion.collab.SessionTopics;
import org.cohesion.plan.DrawingInfo;
import org.cohesion.plan.PlanField;
import org.cohesion.security.CurrentUser;
import org.cohesion.session.AgendaItemView;
import org.cohesion.session.Focus;
import org.cohesion.session.FocusKind;
import org.cohesion.session.HandView;
import org.cohesion.session.LiveState;
import org.cohesion.session.ParticipantView;
import org.cohesion.session.RoomState;
import org.cohesion.session.SessionEvent;
import org.cohesion.session.SessionPass;
import org.cohesion.session.SessionService;
import org.cohesion.session.SessionStatus;
import org.cohesion.session.SessionSummary;
import org.springframework.security.access.AccessDeniedException;

/**
 * The live room of a session ({@code /sessions/{id}}), for members and guests with a pass: the plan's title,
 * texts and drawings, the agenda with the current item highlighted for all, the participants with presence, the
 * raised-hand queue with the called speaker, the timer, and the host's controls. Participants who consent to
 * follow the host have their view moved to the host's focus; every focus change is announced politely. Changes
 * arrive through the session's Collaboration Engine topic as snapshots (see {@link SessionTopics}); the room
 * re-reads the database whenever its connection (re)activates. On a phone the actions sit at the bottom.
 */
@Route(value = "sessions/:sessionId(\\d+)", autoLayout = false)
@AnonymousAllowed
class SessionRoomView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SessionService sessions;
    private final CurrentUser currentUser;
    private final Clock clock;

    SessionPass pass;
    RoomState room;
    LiveState live;
    List<ParticipantView> people = List.of();
    List<HandView> queue = List.of();
    private long peopleSeq = Long.MIN_VALUE;
    private long handsSeq = Long.MIN_VALUE;
    /** Whether this participant follows the host (their stored consent). */
    boolean following;
    /** The focus this view last moved to ("KIND:ref"), for followers; null when it never moved. */
    String movedTo;
    private Component highlighted;
    private SessionTopics.SessionSignal signal;

    final H1 title = new H1();
    final Span planTitle = new Span();
    final Span statusBadge = new Span();
    final Span codeBadge = new Span();
    final Div announcer = new Div();
    final Div notice = new Div();
    final Paragraph focusLine = new Paragraph();
    final Countdown timer = new Countdown();
    final Div timerBox = new Div();
    final Div speaker = new Div();
    final OrderedList agendaList = new OrderedList();
    private final Map<Long, ListItem> agendaItems = new HashMap<>();
    private final Map<PlanField, Component> texts = new HashMap<>();
    private final Div drawings = new Div();
    final UnorderedList participantList = new UnorderedList();
    final Paragraph followCount = new Paragraph();
    final OrderedList handList = new OrderedList();

    final Button raiseHand = new Button();
    final Button follow = new Button();
    final Div hostControls = new Div();
    final Button start = new Button();
    final Button end = new Button();
    final Button askToFollow = new Button();
    final IntegerField timerMinutes = new IntegerField();
    final Button startTimer = new Button();
    final Button stopTimer = new Button();
    final Select<PlanField> focusSection = new Select<>();
    final Button focusOnSection = new Button();
    final Button callNext = new Button();
    final Dialog followDialog = new Dialog();
    final Button followYes = new Button();
    final Button followNotNow = new Button();

    SessionRoomView(SessionService sessions, CurrentUser currentUser, Clock clock) {
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("session-room");
        announcer.addClassName("visually-hidden");
        announcer.getElement().setAttribute("aria-live", "polite");
        announcer.getElement().setAttribute("role", "status");
        raiseHand.addClickListener(e -> toggleHand());
        follow.addClickListener(e -> setFollowing(!following));
        followYes.addClickListener(e -> {
            followDialog.close();
            setFollowing(true);
        });
        followNotNow.addClickListener(e -> {
            followDialog.close();
            setFollowing(false);
        });
        start.addClickListener(e -> act(() -> apply(sessions.start(pass))));
        end.addClickListener(e -> act(() -> apply(sessions.end(pass))));
        askToFollow.addClickListener(e -> act(() -> {
            sessions.askToFollow(pass);
            Notifications.success(getTranslation("session.host.asked"));
        }));
        startTimer.addClickListener(e -> startTimer());
        stopTimer.addClickListener(e -> act(() -> apply(sessions.stopTimer(pass))));
        focusOnSection.addClickListener(e -> {
            if (focusSection.getValue() != null) {
                act(() -> apply(sessions.setFocus(pass, FocusKind.SECTION, focusSection.getValue().name())));
            }
        });
        callNext.addClickListener(e -> act(() -> {
            sessions.callNext(pass);
            queue = sessions.queue(pass);
            showHands();
        }));
    }

    // ------------------------------------------------------------------ entering

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long sessionId = event.getRouteParameters().getLong("sessionId")
                .orElseThrow(() -> new ObjectNotFoundException("Session"));
        boolean fresh = SessionPasses.takeFresh(sessionId);
        Optional<SessionPass> stored = SessionPasses.get(sessionId);
        boolean hadPass = stored.isPresent();
        pass = null;
        if (stored.isPresent()) {
            try {
                if (!fresh) {
                    sessions.rejoin(stored.get());
                }
                pass = stored.get();
            } catch (AccessDeniedException e) {
                SessionPasses.remove(sessionId);
            }
        }
        if (pass == null) {
            if (currentUser.find().isEmpty()) {
                // a guest whose access ended goes back to the join page; anyone else signs in
                event.forwardTo(hadPass ? "join" : "login");
                return;
            }
            try {
                pass = sessions.joinAsMember(sessionId);
                SessionPasses.put(pass);
            } catch (ObjectNotFoundException e) {
                event.forwardTo("join");
                return;
            } catch (ValidationException e) {
                renderEnded(sessions.session(sessionId));
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
        queue = sessions.queue(pass);
        following = people.stream().filter(p -> p.participantId() == pass.participantId())
                .findFirst().map(ParticipantView::followsHost).orElse(false);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (pass != null && room != null && signal == null) {
            // connected while attached (Collaboration Engine follows attach and detach); re-reads on connecting
            signal = SessionTopics.connect(this, pass.sessionId(), this::onTopicChange, this::reload);
        }
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
        signal = null;
    }

    /** Whether the room is connected to the session's topic, so that changes show live. */
    boolean connected() {
        return signal != null && signal.connected();
    }

    // ------------------------------------------------------------------ rendering

    private void renderEnded(SessionSummary s) {
        removeAll();
        title.setText(s.title());
        add(title, new Paragraph(getTranslation("session.room.ended")),
                new Anchor("plans/" + s.planId(), getTranslation("session.room.to-plan")));
    }

    private void render() {
        removeAll();
        title.setText(room.title());
        title.addClassName("session-title");
        planTitle.setText(room.planTitle());
        planTitle.addClassName("session-plan-title");
        statusBadge.addClassName("session-status");
        codeBadge.addClassName("session-code");
        codeBadge.setText(getTranslation("session.room.code", room.joinCode()));
        Div badges = new Div(statusBadge, codeBadge);
        badges.addClassName("session-badges");
        Div header = new Div(title, planTitle, badges);
        header.addClassName("session-header");
        if (!room.me().guest()) {
            Anchor toPlan = new Anchor("plans/" + room.planId(), getTranslation("session.room.to-plan"));
            Anchor present = new Anchor("sessions/" + room.sessionId() + "/present",
                    getTranslation("session.room.presenter"));
            present.setTarget("_blank");
            Div links = new Div(toPlan, present);
            links.addClassName("session-links");
            header.add(links);
        }

        notice.addClassName("session-notice");
        focusLine.addClassName("session-focus-line");
        timerBox.removeAll();
        timerBox.add(new Span(getTranslation("session.timer.label")), timer);
        timerBox.addClassName("session-timer-box");
        speaker.addClassName("session-speaker");
        Div liveBar = new Div(notice, focusLine, timerBox, speaker);
        liveBar.addClassName("session-live-bar");

        Section agenda = new Section(new H2(getTranslation("session.agenda.title")), agendaList);
        agenda.addClassName("session-agenda");
        agendaList.addClassName("agenda-list");
        buildAgenda();

        Section plan = new Section(new H2(getTranslation("session.plan.title")));
        plan.addClassName("session-plan");
        texts.clear();
        for (PlanField field : PlanField.values()) {
            String text = room.texts().get(field);
            if (text == null) {
                continue;
            }
            Div section = new Div(new H3(getTranslation(field.labelKey())));
            section.setId("session-text-" + field.name().toLowerCase());
            section.addClassName("session-text");
            for (String paragraph : text.split("\\n\\s*\\n")) {
                section.add(new Paragraph(paragraph.strip()));
            }
            texts.put(field, section);
            plan.add(section);
        }
        drawings.removeAll();
        drawings.addClassName("session-drawings");
        for (DrawingInfo d : room.drawings()) {
            Image img = new Image(d.url(), d.title());
            img.addClassName("session-drawing");
            drawings.add(img);
        }
        plan.add(drawings);

        Section side = new Section(new H2(getTranslation("session.participants.title")), followCount,
                participantList, new H2(getTranslation("session.hands.title")), handList);
        side.addClassName("session-people");
        participantList.addClassName("participant-list");
        handList.addClassName("hand-list");
        followCount.addClassName("follow-count");

        Div body = new Div(agenda, plan, side);
        body.addClassName("session-body");

        buildHostControls();
        buildActions();
        buildFollowDialog();
        add(header, liveBar, body);
        if (room.me().host()) {
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

    private final Div actions = new Div();

    private void buildActions() {
        actions.removeAll();
        actions.addClassName("session-actions");
        raiseHand.addClassName("big-button");
        raiseHand.addThemeVariants(ButtonVariant.LUMO_LARGE);
        follow.addClassName("big-button");
        follow.addThemeVariants(ButtonVariant.LUMO_LARGE);
        actions.add(raiseHand);
        if (!room.me().host()) {
            actions.add(follow);
        }
    }

    private void buildFollowDialog() {
        followDialog.removeAll();
        followDialog.setHeaderTitle(getTranslation("session.follow.ask.title"));
        followDialog.add(new Paragraph(getTranslation("session.follow.ask.text")));
        followYes.setText(getTranslation("session.follow.yes"));
        followYes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        followNotNow.setText(getTranslation("session.follow.not-now"));
        followDialog.getFooter().removeAll();
        followDialog.getFooter().add(followNotNow, followYes);
    }

    private void buildHostControls() {
        hostControls.removeAll();
        hostControls.addClassName("session-host-controls");
        hostControls.getElement().setAttribute("aria-label", getTranslation("session.host.title"));
        start.setText(getTranslation("session.host.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        end.setText(getTranslation("session.host.end"));
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        askToFollow.setText(getTranslation("session.host.ask-follow"));
        timerMinutes.setLabel(getTranslation("session.host.timer-minutes"));
        timerMinutes.setMin(1);
        timerMinutes.setMax(SessionService.MAX_TIMER_SECONDS / 60);
        timerMinutes.setStepButtonsVisible(true);
        if (timerMinutes.getValue() == null) {
            timerMinutes.setValue(3);
        }
        startTimer.setText(getTranslation("session.host.start-timer"));
        stopTimer.setText(getTranslation("session.host.stop-timer"));
        focusSection.setLabel(getTranslation("session.host.focus-section"));
        focusSection.setItems(room.texts().keySet().stream().sorted().toList());
        focusSection.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        focusOnSection.setText(getTranslation("session.host.focus"));
        callNext.setText(getTranslation("session.host.call-next"));
        Div lifecycle = new Div(start, end, askToFollow, callNext);
        lifecycle.addClassName("host-row");
        Div timerRow = new Div(timerMinutes, startTimer, stopTimer);
        timerRow.addClassName("host-row");
        Div focusRow = new Div(focusSection, focusOnSection);
        focusRow.addClassName("host-row");
        hostControls.add(new H2(getTranslation("session.host.title")), lifecycle, timerRow, focusRow);
    }

    private void buildAgenda() {
        agendaList.removeAll();
        agendaItems.clear();
        for (AgendaItemView item : room.agenda()) {
            ListItem li = new ListItem();
            li.setId("agenda-item-" + item.id());
            li.addClassName("agenda-item");
            Span text = new Span(item.title());
            text.addClassName("agenda-item-title");
            li.add(text);
            if (item.planField() != null) {
                Span about = new Span(getTranslation(item.planField().labelKey()));
                about.addClassName("agenda-item-about");
                li.add(about);
            }
            if (room.me().host()) {
                Button makeCurrent = new Button(getTranslation("session.host.make-current"),
                        e -> act(() -> apply(sessions.setCurrentItem(pass, item.id()))));
                makeCurrent.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                makeCurrent.addClassName("make-current");
                li.add(makeCurrent);
            }
            agendaItems.put(item.id(), li);
            agendaList.add(li);
        }
        if (room.agenda().isEmpty()) {
            agendaList.add(new ListItem(getTranslation("session.agenda.empty")));
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
            default -> {
                // other keys (polls) are for other parts of the room
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
    }

    void apply(LiveState next) {
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
        Long speakerBefore = speakerId();
        queue = next.queue();
        showHands();
        Long speakerNow = speakerId();
        if (speakerNow != null && !speakerNow.equals(speakerBefore)) {
            announce(getTranslation("session.hands.called", speakerName()));
        }
    }

    private void askToFollow() {
        if (!room.me().host() && !following && live.status() == SessionStatus.LIVE) {
            followDialog.open();
        }
    }

    /** The guest's pass died with the session: kept, so that coming back leads to the join page, not sign-in. */
    private void passEnded() {
        notice.setText(getTranslation("session.room.guest-ended"));
        raiseHand.setEnabled(false);
        follow.setEnabled(false);
    }

    /** Shows the live state; announces what changed since {@code before} (nothing when null: first show). */
    private void showState(LiveState before) {
        SessionStatus status = live.status();
        statusBadge.setText(getTranslation(status.labelKey()));
        statusBadge.getElement().setAttribute("data-status", status.name().toLowerCase());
        notice.setText(switch (status) {
            case SCHEDULED -> getTranslation("session.room.not-started",
                    Formats.dateTime(room.startsAt(), getLocale()));
            case LIVE -> "";
            case ENDED -> getTranslation(room.me().guest() ? "session.room.guest-ended" : "session.room.ended");
        });
        notice.setVisible(status != SessionStatus.LIVE);
        start.setVisible(status == SessionStatus.SCHEDULED);
        end.setVisible(status != SessionStatus.ENDED);
        for (Button b : new Button[] {askToFollow, startTimer, stopTimer, focusOnSection, callNext}) {
            b.setEnabled(status == SessionStatus.LIVE);
        }
        raiseHand.setEnabled(status == SessionStatus.LIVE);

        agendaItems.forEach((id, li) -> {
            boolean current = id.equals(live.currentItemId());
            li.setClassName("current", current);
            if (current) {
                li.getElement().setAttribute("aria-current", "step");
            } else {
                li.getElement().removeAttribute("aria-current");
            }
        });
        Focus focus = live.focus();
        focusLine.setText(focus == null ? getTranslation("session.focus.none")
                : getTranslation("session.focus.now", focusLabel(focus)));
        showTimer();

        if (before == null) {
            return;
        }
        List<String> news = new ArrayList<>();
        if (before.status() != status) {
            news.add(getTranslation(status == SessionStatus.LIVE ? "session.room.started"
                    : status == SessionStatus.ENDED ? "session.room.ended" : status.labelKey()));
        }
        if (!Objects.equals(before.currentItemId(), live.currentItemId()) && live.currentItemId() != null) {
            news.add(getTranslation("session.agenda.now", itemTitle(live.currentItemId())));
        }
        if (focus != null && (before.focus() == null || !Objects.equals(before.focus(), focus))) {
            news.add(getTranslation("session.focus.moved", focusLabel(focus)));
            if (following) {
                moveToFocus();
            }
        }
        if (!Objects.equals(before.timerEndsAt(), live.timerEndsAt())) {
            news.add(live.timerEndsAt() == null ? getTranslation("session.timer.stopped")
                    : getTranslation("session.timer.started", live.timerSeconds() / 60, live.timerSeconds() % 60));
        }
        if (!news.isEmpty()) {
            announce(String.join(" ", news));
        }
    }

    private void showTimer() {
        timerBox.setVisible(live.timerEndsAt() != null);
        timer.show(live.timerEndsAt(), clock.instant(), getTranslation("session.timer.ended"), announcer.getElement());
    }

    private void showPeople() {
        participantList.removeAll();
        int present = 0;
        int followers = 0;
        for (ParticipantView p : people) {
            ListItem li = new ListItem();
            li.addClassName("participant");
            li.setClassName("present", p.present());
            Span dot = new Span();
            dot.addClassName("presence-dot");
            dot.getElement().setAttribute("aria-hidden", "true");
            Span name = new Span(p.displayName());
            name.addClassName("participant-name");
            li.add(dot, name);
            List<String> tags = new ArrayList<>();
            if (p.host()) {
                tags.add(getTranslation("session.participants.host"));
            }
            if (p.guest()) {
                tags.add(getTranslation("session.participants.guest"));
            }
            if (p.followsHost()) {
                tags.add(getTranslation("session.participants.follows"));
            }
            tags.add(getTranslation(p.present() ? "session.participants.present" : "session.participants.away"));
            Span tag = new Span(String.join(" · ", tags));
            tag.addClassName("participant-tags");
            li.add(tag);
            participantList.add(li);
            if (p.present()) {
                present++;
                if (p.followsHost()) {
                    followers++;
                }
            }
        }
        followCount.setText(getTranslation("session.participants.count", present, followers));
        follow.setText(getTranslation(following ? "session.follow.stop" : "session.follow.start"));
        follow.getElement().setAttribute("aria-pressed", String.valueOf(following));
    }

    private void showHands() {
        handList.removeAll();
        boolean mine = false;
        for (HandView h : queue) {
            ListItem li = new ListItem(h.displayName());
            li.addClassName("hand");
            li.setClassName("speaker", h.called());
            handList.add(li);
            mine |= h.participantId() == pass.participantId();
        }
        if (queue.isEmpty()) {
            handList.add(new ListItem(getTranslation("session.hands.none")));
        }
        String speakerName = speakerName();
        speaker.setText(speakerName == null ? "" : getTranslation("session.hands.speaking", speakerName));
        speaker.setVisible(speakerName != null);
        raiseHand.setText(getTranslation(mine ? "session.hands.lower" : "session.hands.raise"));
        raiseHand.getElement().setAttribute("aria-pressed", String.valueOf(mine));
        raiseHand.setClassName("raised", mine);
        callNext.setEnabled(live.status() == SessionStatus.LIVE && !queue.isEmpty());
    }

    private Long speakerId() {
        return queue.stream().filter(HandView::called).map(HandView::participantId).findFirst().orElse(null);
    }

    private String speakerName() {
        return queue.stream().filter(HandView::called).map(HandView::displayName).findFirst().orElse(null);
    }

    // ------------------------------------------------------------------ following the host

    /** Moves this view to the host's focus: selects the target and scrolls it into view. */
    void moveToFocus() {
        Focus focus = live.focus();
        if (focus == null) {
            return;
        }
        Component target = switch (focus.kind()) {
            case ITEM -> agendaItems.get(parseLong(focus.ref()));
            case SECTION -> {
                try {
                    yield texts.get(PlanField.valueOf(focus.ref()));
                } catch (IllegalArgumentException e) {
                    yield null;
                }
            }
            case ANNOTATION -> drawings;
        };
        if (highlighted != null) {
            highlighted.removeClassName("followed-focus");
        }
        highlighted = target;
        movedTo = focus.kind() + ":" + focus.ref();
        if (target != null) {
            target.addClassName("followed-focus");
            target.getElement().executeJs("this.scrollIntoView({behavior: 'smooth', block: 'center'})");
        }
    }

    private void setFollowing(boolean follows) {
        act(() -> {
            sessions.setFollowing(pass, follows);
            following = follows;
            showPeople();
            if (follows) {
                moveToFocus();
                announce(getTranslation("session.follow.on"));
            } else if (highlighted != null) {
                highlighted.removeClassName("followed-focus");
                highlighted = null;
            }
        });
    }

    // ------------------------------------------------------------------ actions

    private void toggleHand() {
        boolean mine = queue.stream().anyMatch(h -> h.participantId() == pass.participantId());
        act(() -> {
            if (mine) {
                sessions.lowerHand(pass);
            } else {
                sessions.raiseHand(pass);
            }
            queue = sessions.queue(pass);
            showHands();
        });
    }

    private void startTimer() {
        Integer minutes = timerMinutes.getValue();
        if (minutes == null || minutes < 1 || minutes > SessionService.MAX_TIMER_SECONDS / 60) {
            timerMinutes.setErrorMessage(getTranslation("session.error.timer-range", 1,
                    SessionService.MAX_TIMER_SECONDS / 60));
            timerMinutes.setInvalid(true);
            return;
        }
        timerMinutes.setInvalid(false);
        act(() -> apply(sessions.startTimer(pass, minutes * 60)));
    }

    /** Runs an action; a refusal shows as a message, an expired pass ends the guest's access. */
    private void act(Runnable action) {
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

    private void announce(String text) {
        announcer.setText(text);
    }

    private String focusLabel(Focus focus) {
        return switch (focus.kind()) {
            case ITEM -> itemTitle(parseLong(focus.ref()));
            case SECTION -> {
                try {
                    yield getTranslation(PlanField.valueOf(focus.ref()).labelKey());
                } catch (IllegalArgumentException e) {
                    yield focus.ref();
                }
            }
            case ANNOTATION -> getTranslation("session.focus.annotation");
        };
    }

    private String itemTitle(Long id) {
        return room.agenda().stream().filter(i -> Objects.equals(i.id(), id)).map(AgendaItemView::title)
                .findFirst().orElse("");
    }

    private static Long parseLong(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return room == null ? getTranslation("session.room.title") : room.title();
    }
}
