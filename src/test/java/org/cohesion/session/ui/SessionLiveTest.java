package org.cohesion.session.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServlet;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.cohesion.KaribuSupport;
import org.cohesion.SimulatedUser;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanService;
import org.cohesion.security.ui.LoginView;
import org.cohesion.session.FocusKind;
import org.cohesion.session.HandView;
import org.cohesion.session.ParticipantView;
import org.cohesion.session.SessionPass;
import org.cohesion.session.SessionHandsService;
import org.cohesion.session.SessionHostService;
import org.cohesion.session.SessionService;
import org.cohesion.session.SessionSummary;
import org.cohesion.session.SessionTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * A planner hosting a live session, a resident member and a guest who joined by code, each in their own Vaadin
 * session sharing one Collaboration Engine: follow with consent, the timer, the raised-hand queue, the guest's
 * limits, and coming back after the connection dropped.
 */
@SpringBootTest
class SessionLiveTest {

    private static final String GUEST = "Lao Zhang 老张";

    @Autowired
    ApplicationContext context;

    private SimulatedUser host;
    private SimulatedUser member;
    private SimulatedUser guest;
    private SessionSummary session;

    @BeforeEach
    void threePeopleInTheRoom() {
        VaadinServlet servlet = KaribuSupport.newServlet(context);
        host = new SimulatedUser(context, servlet, "planner");
        member = new SimulatedUser(context, servlet, "wangfang");
        guest = SimulatedUser.anonymous(context, servlet);
        session = host.call(() -> {
            SessionSummary s = SessionTestSupport.scheduledSession(context);
            PlanService plans = context.getBean(PlanService.class);
            plans.saveField(s.planId(), PlanField.GOALS, "更多树荫 More shade for older residents.");
            plans.saveField(s.planId(), PlanField.DESIGN_PROPOSAL, "Benches along the wall.\n\nA pergola.");
            context.getBean(SessionService.class).start(s.id());
            return s;
        });
        host.run(() -> UI.getCurrent().navigate("sessions/" + session.id()));
        member.run(() -> UI.getCurrent().navigate("sessions/" + session.id()));
        guest.run(() -> {
            UI.getCurrent().navigate("join/" + session.joinCode().toLowerCase());
            JoinView join = _get(JoinView.class);
            assertThat(join.joinAsMember.isVisible()).isFalse();
            _setValue(join.displayName, GUEST);
            _click(join.joinAsGuest);
        });
        for (SimulatedUser user : List.of(host, member, guest)) {
            assertThat(user.await(() -> room().connected(), c -> c, host, member, guest)).isTrue();
        }
        assertThat(seen(host, () -> presentNames(room()), n -> n.size() == 3))
                .containsExactlyInAnyOrder("陈静 Chen Jing", "王芳 Wang Fang", GUEST);
    }

    @AfterEach
    void close() {
        host.close();
        member.close();
        guest.close();
    }

    @Test
    void followersViewsFollowTheHostsFocusWithTheirConsentAndTheHostSeesWhoFollows() {
        assertThat(host.call(() -> room().hostControls.isAttached())).isTrue();
        assertThat(guest.call(() -> room().hostControls)).as("guests get no host controls").isNull();
        host.run(() -> _click(room().hostControls.askToFollow));
        assertThat(seen(member, () -> room().followDialog.isOpened(), o -> o)).isTrue();
        assertThat(seen(guest, () -> room().followDialog.isOpened(), o -> o)).isTrue();
        assertThat(host.call(() -> room().followDialog.isOpened())).as("the host is not asked").isFalse();

        member.run(() -> _click(room().followDialog.yes));
        guest.run(() -> _click(room().followDialog.notNow));
        assertThat(seen(host, () -> followers(room()), f -> f.size() == 1)).containsExactly("王芳 Wang Fang");
        assertThat(host.call(() -> room().participants.followCount.getText())).isEqualTo("3 present, 1 following the host");

        host.run(() -> {
            SessionRoomView room = room();
            _setValue(room.hostControls.focusSection, PlanField.GOALS);
            _click(room.hostControls.focusOnSection);
        });
        assertThat(seen(member, () -> room().follower.movedTo(), Objects::nonNull)).isEqualTo("SECTION:GOALS");
        assertThat(member.call(() -> textSection("goals").hasClassName("followed-focus"))).isTrue();
        assertThat(member.call(() -> room().announcer.getText())).contains("moved the focus to");
        // the guest who said "not now" is told where the focus is, but their view stays where it was
        assertThat(seen(guest, () -> room().liveBar.focusLine.getText(), t -> t.contains(":") && !t.contains("not set")))
                .startsWith("Focus: ");
        assertThat(guest.call(() -> room().follower.movedTo())).isNull();
        assertThat(guest.call(() -> textSection("goals").hasClassName("followed-focus"))).isFalse();
        assertThat(guest.call(() -> room().announcer.getText())).contains("moved the focus to");

        // the current agenda item is highlighted for all, followers move to it
        long itemId = host.call(() -> {
            SessionRoomView room = room();
            long id = room.room.agenda().get(2).id();
            _click(_find(room.agenda.list, com.vaadin.flow.component.button.Button.class).get(2));
            return id;
        });
        for (SimulatedUser user : List.of(host, member, guest)) {
            assertThat(seen(user, () -> currentItem(room()), i -> Objects.equals(i, itemId))).isEqualTo(itemId);
        }
        assertThat(seen(member, () -> room().follower.movedTo(), m -> m.equals("ITEM:" + itemId))).isEqualTo("ITEM:" + itemId);
        assertThat(guest.call(() -> room().follower.movedTo())).isNull();

        // the guest changes their mind and follows: their view moves at once
        guest.run(() -> _click(room().actions.follow));
        assertThat(guest.call(() -> room().follower.movedTo())).isEqualTo("ITEM:" + itemId);
        assertThat(seen(host, () -> followers(room()), f -> f.size() == 2)).contains(GUEST);
    }

    @Test
    void theTimerShowsTheSameEndForEveryone() {
        host.run(() -> {
            SessionRoomView room = room();
            _setValue(room.hostControls.timerMinutes, 2);
            _click(room.hostControls.startTimer);
        });
        Instant endsAt = host.call(() -> room().liveBar.timer.endsAt());
        assertThat(endsAt).isNotNull();
        for (SimulatedUser user : List.of(member, guest)) {
            assertThat(seen(user, () -> room().liveBar.timer.endsAt(), Objects::nonNull)).isEqualTo(endsAt);
            assertThat(user.call(() -> room().liveBar.timer.isVisible())).isTrue();
            assertThat(user.call(() -> room().liveBar.timer.countdown.getText())).matches("0[12]:[0-5][0-9]");
            assertThat(user.call(() -> room().liveBar.timer.countdown.getElement().getAttribute("data-ends-at")))
                    .isEqualTo(endsAt.toString());
            assertThat(user.call(() -> room().announcer.getText())).contains("Timer started: 2 min 0 s");
        }
        host.run(() -> _click(room().hostControls.stopTimer));
        for (SimulatedUser user : List.of(member, guest)) {
            assertThat(seen(user, () -> room().liveBar.timer.endsAt(), Objects::isNull)).isNull();
            assertThat(user.call(() -> room().liveBar.timer.isVisible())).isFalse();
        }
        host.run(() -> {
            _setValue(room().hostControls.timerMinutes, 0);
            _click(room().hostControls.startTimer);
            assertThat(room().hostControls.timerMinutes.isInvalid()).isTrue();
            assertThat(room().liveBar.timer.endsAt()).isNull();
        });
    }

    @Test
    void raisedHandsQueueInOrderAndTheCalledSpeakerIsHighlightedForAll() {
        guest.run(() -> _click(room().actions.raiseHand));
        assertThat(seen(host, () -> hands(room()), h -> h.size() == 1)).containsExactly(GUEST);
        member.run(() -> _click(room().actions.raiseHand));
        assertThat(seen(host, () -> hands(room()), h -> h.size() == 2)).containsExactly(GUEST, "王芳 Wang Fang");
        assertThat(member.call(() -> room().actions.raiseHand.getText())).isEqualTo("Lower hand");

        host.run(() -> _click(room().hostControls.callNext));
        for (SimulatedUser user : List.of(host, member, guest)) {
            assertThat(seen(user, () -> room().liveBar.speaker.getText(), t -> !t.isEmpty()))
                    .isEqualTo("Speaking now: " + GUEST);
            assertThat(user.call(() -> room().handsPanel.list.getChildren().findFirst().orElseThrow()
                    .hasClassName("speaker"))).isTrue();
        }
        host.run(() -> _click(room().hostControls.callNext));
        assertThat(seen(guest, () -> room().liveBar.speaker.getText(), t -> t.contains("王芳"))).contains("王芳 Wang Fang");
        assertThat(guest.call(() -> room().actions.raiseHand.getText())).isEqualTo("Raise hand");
    }

    @Test
    void aGuestSeesOnlyTheSessionAndCannotRunIt() {
        guest.run(() -> {
            SessionPass pass = room().pass;
            SessionService sessions = context.getBean(SessionService.class);
            SessionHostService hosting = context.getBean(SessionHostService.class);
            assertThatThrownBy(() -> hosting.setFocus(pass, FocusKind.SECTION, "GOALS"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> sessions.end(pass)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> hosting.startTimer(pass, 60)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> context.getBean(SessionHandsService.class).callNext(pass)).isInstanceOf(AccessDeniedException.class);
            assertThat(room().room.drawings()).isEmpty();
            assertThat(room().room.texts()).containsKeys(PlanField.GOALS, PlanField.DESIGN_PROPOSAL);
        });
        guest.run(() -> UI.getCurrent().navigate("plans"));
        assertThat(guest.call(() -> _find(LoginView.class))).hasSize(1);
        guest.run(() -> UI.getCurrent().navigate("plans/" + session.planId()));
        assertThat(guest.call(() -> _find(LoginView.class))).hasSize(1);
        guest.run(() -> UI.getCurrent().navigate(""));
        assertThat(guest.call(() -> _find(LoginView.class))).hasSize(1);

        // back in the room: when the host ends the session the guest's access ends with it
        guest.run(() -> UI.getCurrent().navigate("sessions/" + session.id()));
        assertThat(guest.await(() -> room().connected(), c -> c, host, member)).isTrue();
        host.run(() -> _click(room().hostControls.end));
        assertThat(seen(guest, () -> room().liveBar.notice.getText(), t -> t.contains("ended")))
                .contains("Your guest access ends with it");
        assertThat(guest.call(() -> room().actions.raiseHand.isEnabled())).isFalse();
        guest.run(() -> UI.getCurrent().navigate("sessions/" + session.id()));
        assertThat(guest.call(() -> _find(JoinView.class))).hasSize(1);
        assertThat(guest.call(() -> SessionPasses.get(session.id()))).isEmpty();
    }

    @Test
    void comingBackAfterTheConnectionDroppedKeepsTheParticipantAndTheRaisedHand() {
        long before = guest.call(() -> room().pass.participantId());
        guest.run(() -> _click(room().actions.raiseHand));
        assertThat(seen(host, () -> hands(room()), h -> h.size() == 1)).containsExactly(GUEST);

        // the tab goes away (the room detaches), then comes back
        guest.run(() -> UI.getCurrent().navigate("join"));
        assertThat(seen(host, () -> presentNames(room()), n -> n.size() == 2)).doesNotContain(GUEST);
        guest.run(() -> UI.getCurrent().navigate("sessions/" + session.id()));
        assertThat(guest.call(() -> room().pass.participantId())).isEqualTo(before);
        assertThat(guest.call(() -> hands(room()))).containsExactly(GUEST);
        assertThat(guest.call(() -> room().actions.raiseHand.getText())).isEqualTo("Lower hand");
        assertThat(seen(host, () -> presentNames(room()), n -> n.size() == 3)).contains(GUEST);
        assertThat(host.call(() -> room().people)).hasSize(3);
    }

    // ------------------------------------------------------------------ helpers

    /**
     * Waits (up to 20 s) until the watcher sees what the condition asks for, letting the others' UIs run their
     * pending work too, as a real server does between requests.
     */
    private <T> T seen(SimulatedUser watcher, Callable<T> query, Predicate<T> condition) {
        SimulatedUser[] others = List.of(host, member, guest).stream().filter(u -> u != watcher)
                .toArray(SimulatedUser[]::new);
        return watcher.await(query, condition, others);
    }

    private static SessionRoomView room() {
        return _get(SessionRoomView.class);
    }

    private static com.vaadin.flow.component.Component textSection(String field) {
        return _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("session-text-" + field));
    }

    private static List<String> presentNames(SessionRoomView room) {
        return room.people.stream().filter(ParticipantView::present).map(ParticipantView::displayName).toList();
    }

    private static List<String> followers(SessionRoomView room) {
        return room.people.stream().filter(ParticipantView::followsHost).map(ParticipantView::displayName).toList();
    }

    private static List<String> hands(SessionRoomView room) {
        return room.queue.stream().map(HandView::displayName).toList();
    }

    private static Long currentItem(SessionRoomView room) {
        return room.live.currentItemId();
    }
}
