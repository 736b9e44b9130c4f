package org.cohesion.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cohesion.base.Message;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.ValidationException;
import org.cohesion.discussion.DiscussionTestSupport;
import org.cohesion.plan.PlanField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Sessions through the service: scheduling, join codes, members and guests, passes, host actions, timer, hands. */
@SpringBootTest
class SessionServiceTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    SessionService sessions;

    @Autowired
    SessionHostService hosting;

    @Autowired
    SessionHandsService hands;

    @Autowired
    SessionGate gate;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    // ------------------------------------------------------------------ scheduling

    @Test
    void schedulingChecksItsInputAndStoresNothingWhenBad() {
        login("planner");
        long planId = DiscussionTestSupport.newChanghongPlan(context);
        List<AgendaItemDraft> tooMany = new ArrayList<>(Collections.nCopies(31, new AgendaItemDraft("Item")));

        assertThat(errors(() -> sessions.schedule(planId, "  ", null, tooMany, false)))
                .containsEntry("title", new Message("validation.required"))
                .containsEntry("startsAt", new Message("validation.required"))
                .containsEntry("agenda", new Message("session.error.too-many-items", 30));
        assertThat(errors(() -> sessions.schedule(planId, "x".repeat(201), Instant.now(),
                List.of(new AgendaItemDraft("ok"), new AgendaItemDraft(" "), new AgendaItemDraft("y".repeat(201)),
                        new AgendaItemDraft("Budget", PlanField.BUDGET, null)), false)))
                .containsEntry("title", new Message("validation.too-long", 200))
                .containsEntry("agenda.1", new Message("validation.required"))
                .containsEntry("agenda.2", new Message("validation.too-long", 200))
                .containsEntry("agenda.3", new Message("session.error.not-a-text"))
                .doesNotContainKey("agenda.0");
        assertThat(sessions.sessionsOfPlan(planId)).isEmpty();

        SessionSummary ok = sessions.schedule(planId, " Walk-through 现场走访 ", Instant.now(),
                Collections.nCopies(30, new AgendaItemDraft("Item")), false);
        assertThat(ok.title()).isEqualTo("Walk-through 现场走访");
        assertThat(ok.status()).isEqualTo(SessionStatus.SCHEDULED);
        assertThat(ok.joinCode()).hasSize(6).matches("[A-HJ-NP-Z2-9]{6}");
        assertThat(sessions.sessionsOfPlan(planId)).extracting(SessionSummary::id).containsExactly(ok.id());
    }

    @Test
    void onlyPlannersOfThePlansCommunitySchedule() {
        login("planner");
        long planId = DiscussionTestSupport.newChanghongPlan(context);
        login("wangfang");
        assertThatThrownBy(() -> sessions.schedule(planId, "Mine", Instant.now(), List.of(), false))
                .isInstanceOf(AccessDeniedException.class);
        login("liming");
        assertThatThrownBy(() -> sessions.schedule(planId, "Mine", Instant.now(), List.of(), false))
                .isInstanceOf(ObjectNotFoundException.class);
        logout();
        assertThatThrownBy(() -> sessions.schedule(planId, "Mine", Instant.now(), List.of(), false))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    // ------------------------------------------------------------------ join codes

    @Test
    void aWrongOrEndedCodeIsRefusedAndCaseAndSpacesDoNotMatter() {
        SessionSummary s = SessionTestSupport.liveSession(context);
        logout();
        String typed = " " + s.joinCode().substring(0, 3).toLowerCase() + " - " + s.joinCode().substring(3) + " ";
        assertThat(sessions.findByCode(typed).id()).isEqualTo(s.id());
        assertThat(sessions.findByCode(typed).planTitle()).startsWith("Discussion test");
        for (String wrong : new String[] {"", "   ", "ZZZZZZZZZZZZZZZZZ", "0O1I00", null}) {
            assertThat(errors(() -> sessions.findByCode(wrong))).as(String.valueOf(wrong))
                    .containsEntry("code", new Message("session.error.bad-code"));
        }

        login("planner");
        sessions.end(s.id());
        logout();
        assertThat(errors(() -> sessions.findByCode(s.joinCode())))
                .containsEntry("code", new Message("session.error.bad-code"));
        assertThat(errors(() -> sessions.joinAsGuest(s.joinCode(), "Guest")))
                .containsEntry("code", new Message("session.error.bad-code"));
    }

    // ------------------------------------------------------------------ members and guests

    @Test
    void aMemberJoiningAgainIsTheSameParticipantAndBothTabsStayValid() {
        SessionSummary s = SessionTestSupport.liveSession(context);
        login("wangfang");
        SessionPass first = sessions.joinAsMember(s.id());
        SessionPass second = sessions.joinAsMember(s.id());
        assertThat(second.participantId()).isEqualTo(first.participantId());
        assertThat(gate.verify(first).displayName()).isEqualTo("王芳 Wang Fang");
        assertThat(gate.verify(second).guest()).isFalse();
        assertThat(gate.verify(first).host()).isFalse();
        assertThat(mine(sessions.participants(first), first)).satisfies(p -> {
            assertThat(p.present()).isTrue();
            assertThat(p.guest()).isFalse();
        });
        assertThat(sessions.participants(first)).hasSize(1);

        // two tabs: present until both left
        sessions.leave(first);
        assertThat(mine(sessions.participants(first), first).present()).isTrue();
        sessions.leave(second);
        assertThat(mine(sessions.participants(first), first).present()).isFalse();

        // a member of another community cannot join
        login("liming");
        assertThatThrownBy(() -> sessions.joinAsMember(s.id())).isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void guestsJoinOnlyWhileLiveAndAlwaysAsSomeoneNew() {
        SessionSummary s = SessionTestSupport.scheduledSession(context);
        logout();
        assertThat(errors(() -> sessions.joinAsGuest(s.joinCode(), "Lao Zhang 老张")))
                .containsEntry("code", new Message("session.error.not-live"));
        assertThat(sessions.findByCode(s.joinCode()).status()).isEqualTo(SessionStatus.SCHEDULED);

        login("planner");
        sessions.start(s.id());
        logout();
        assertThat(errors(() -> sessions.joinAsGuest(s.joinCode(), "  ")))
                .containsEntry("displayName", new Message("validation.required"));
        assertThat(errors(() -> sessions.joinAsGuest(s.joinCode(), "名".repeat(61))))
                .containsEntry("displayName", new Message("validation.too-long", 60));

        SessionPass a = sessions.joinAsGuest(s.joinCode(), " <b>Lao Zhang</b> 老张 ");
        SessionPass b = sessions.joinAsGuest(s.joinCode().toLowerCase(), "Lao Zhang 老张");
        assertThat(a.participantId()).isNotEqualTo(b.participantId());
        assertThat(a.secret()).isNotEqualTo(b.secret()).hasSize(22);
        Participant guest = gate.verify(a);
        assertThat(guest.guest()).isTrue();
        assertThat(guest.host()).isFalse();
        assertThat(guest.userId()).isNull();
        assertThat(guest.displayName()).isEqualTo("<b>Lao Zhang</b> 老张");

        RoomState room = sessions.room(a);
        assertThat(room.planTitle()).startsWith("Discussion test");
        assertThat(room.agenda()).extracting(AgendaItemView::title)
                .containsExactly("Welcome 欢迎", "Goals 目标", "Design 设计");
        assertThat(room.me().participantId()).isEqualTo(a.participantId());
        assertThat(room.status()).isEqualTo(SessionStatus.LIVE);
        assertThat(sessions.participants(a)).extracting(ParticipantView::displayName)
                .containsExactly("<b>Lao Zhang</b> 老张", "Lao Zhang 老张");
    }

    @Test
    void aGuestsPassDiesWhenTheSessionEndsAndAttendanceIsClosed() {
        SessionSummary s = SessionTestSupport.liveSession(context);
        SessionPass host = sessions.joinAsMember(s.id());
        logout();
        SessionPass guest = sessions.joinAsGuest(s.joinCode(), "Guest");
        assertThat(sessions.room(guest).sessionId()).isEqualTo(s.id());

        login("planner");
        LiveState ended = sessions.end(host);
        assertThat(ended.status()).isEqualTo(SessionStatus.ENDED);
        assertThat(sessions.participants(host)).allSatisfy(p -> assertThat(p.present()).isFalse());
        logout();
        assertThatThrownBy(() -> sessions.room(guest)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.rejoin(guest)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> hands.raiseHand(guest)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> gate.verify(guest)).isInstanceOf(AccessDeniedException.class);
        // the member's pass still opens the (ended) room
        login("planner");
        assertThat(sessions.room(host).status()).isEqualTo(SessionStatus.ENDED);
    }

    @Test
    void forgedPassesAreRefused() {
        SessionSummary s = SessionTestSupport.liveSession(context);
        SessionSummary other = SessionTestSupport.liveSession(context);
        logout();
        SessionPass guest = sessions.joinAsGuest(s.joinCode(), "Guest");
        SessionPass otherGuest = sessions.joinAsGuest(other.joinCode(), "Other guest");

        List<SessionPass> forged = List.of(
                new SessionPass(s.id(), guest.participantId(), "wrong-secret-wrong-secr"),
                new SessionPass(s.id(), guest.participantId(), ""),
                new SessionPass(s.id(), guest.participantId(), null),
                new SessionPass(s.id(), otherGuest.participantId(), otherGuest.secret()),
                new SessionPass(other.id(), guest.participantId(), guest.secret()),
                new SessionPass(s.id(), Long.MAX_VALUE, guest.secret()));
        for (SessionPass pass : forged) {
            assertThatThrownBy(() -> gate.verify(pass)).as(pass.toString()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> sessions.room(pass)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> sessions.leave(pass)).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> gate.verify(null)).isInstanceOf(AccessDeniedException.class);
        assertThat(guest.toString()).doesNotContain(guest.secret());

        // a member's pass is only good while the same member is signed in
        login("wangfang");
        SessionPass member = sessions.joinAsMember(s.id());
        login("sarah");
        assertThatThrownBy(() -> sessions.room(member)).isInstanceOf(AccessDeniedException.class);
        logout();
        assertThatThrownBy(() -> sessions.room(member)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void hostActionsByAnyoneElseAreRefused() {
        SessionSummary s = SessionTestSupport.liveSession(context);
        SessionPass host = sessions.joinAsMember(s.id());
        long itemId = sessions.room(host).agenda().get(0).id();
        login("wangfang");
        SessionPass member = sessions.joinAsMember(s.id());
        logout();
        SessionPass guest = sessions.joinAsGuest(s.joinCode(), "Guest");
        SessionPass forgedHost = new SessionPass(s.id(), host.participantId(), guest.secret());

        for (String who : new String[] {"wangfang", null, "sarah"}) {
            if (who == null) {
                logout();
            } else {
                login(who);
            }
            for (SessionPass pass : List.of(member, guest, forgedHost)) {
                List<Runnable> actions = List.of(
                        () -> hosting.setCurrentItem(pass, itemId),
                        () -> hosting.setFocus(pass, FocusKind.SECTION, "GOALS"),
                        () -> hosting.startTimer(pass, 60),
                        () -> hosting.stopTimer(pass),
                        () -> hands.callNext(pass),
                        () -> hosting.askToFollow(pass),
                        () -> sessions.start(pass),
                        () -> sessions.end(pass),
                        () -> gate.requireHost(pass));
                for (Runnable action : actions) {
                    assertThatThrownBy(action::run).isInstanceOf(AccessDeniedException.class);
                }
            }
        }
        login("wangfang");
        assertThatThrownBy(() -> sessions.end(s.id())).isInstanceOf(AccessDeniedException.class);
        login("planner");
        assertThat(sessions.room(host).status()).isEqualTo(SessionStatus.LIVE);
        assertThat(sessions.room(host).focus()).isNull();
        // another planner of the community may run it too; the host may
        gate.requireHost(host);
        assertThat(hosting.setCurrentItem(host, itemId).currentItemId()).isEqualTo(itemId);
    }

    @Test
    void currentItemAndFocus() {
        SessionSummary s = SessionTestSupport.liveSession(context);
        SessionPass host = sessions.joinAsMember(s.id());
        SessionSummary other = SessionTestSupport.liveSession(context);
        SessionPass otherHost = sessions.joinAsMember(other.id());
        long otherItem = sessions.room(otherHost).agenda().get(0).id();
        List<AgendaItemView> agenda = sessions.room(host).agenda();

        LiveState state = hosting.setCurrentItem(host, agenda.get(1).id());
        assertThat(state.currentItemId()).isEqualTo(agenda.get(1).id());
        assertThat(state.focus().kind()).isEqualTo(FocusKind.ITEM);
        assertThat(state.focus().ref()).isEqualTo(String.valueOf(agenda.get(1).id()));
        List<AgendaItemView> after = sessions.room(host).agenda();
        assertThat(after.get(1).current()).isTrue();
        assertThat(after.get(1).covered()).isTrue();
        assertThat(after.get(0).covered()).isFalse();

        assertThat(errors(() -> hosting.setCurrentItem(host, otherItem)))
                .containsEntry("item", new Message("session.error.no-such-item"));
        assertThat(errors(() -> hosting.setFocus(host, FocusKind.ITEM, String.valueOf(otherItem))))
                .containsEntry("focus", new Message("session.error.no-such-item"));
        assertThat(errors(() -> hosting.setFocus(host, FocusKind.SECTION, "TITLE")))
                .containsEntry("focus", new Message("session.error.not-a-text"));
        assertThat(errors(() -> hosting.setFocus(host, FocusKind.ANNOTATION, "<script>")))
                .containsEntry("focus", new Message("session.error.no-such-annotation"));
        LiveState section = hosting.setFocus(host, FocusKind.SECTION, "DESIGN_PROPOSAL");
        assertThat(section.focus().ref()).isEqualTo("DESIGN_PROPOSAL");
        assertThat(section.currentItemId()).as("focus leaves the current item").isEqualTo(agenda.get(1).id());
        assertThat(section.version()).isGreaterThan(state.version());
    }

    @Test
    void timerRunsOneSecondToThreeHoursFromServerTime() {
        SessionSummary s = SessionTestSupport.liveSession(context);
        SessionPass host = sessions.joinAsMember(s.id());
        for (int bad : new int[] {0, -5, 3 * 60 * 60 + 1, Integer.MAX_VALUE}) {
            assertThat(errors(() -> hosting.startTimer(host, bad))).as(String.valueOf(bad))
                    .containsEntry("seconds", new Message("session.error.timer-range", 1, 180));
        }
        assertThat(sessions.room(host).timerEndsAt()).isNull();
        Instant before = Instant.now();
        LiveState one = hosting.startTimer(host, 1);
        assertThat(one.timerSeconds()).isEqualTo(1);
        LiveState max = hosting.startTimer(host, 3 * 60 * 60);
        assertThat(max.timerEndsAt()).isBetween(before.plusSeconds(10_800), Instant.now().plusSeconds(10_800));
        RoomState room = sessions.room(host);
        assertThat(room.timerEndsAt()).isEqualTo(max.timerEndsAt());
        assertThat(room.now()).isBefore(room.timerEndsAt());
        assertThat(hosting.stopTimer(host).timerEndsAt()).isNull();
        assertThat(sessions.room(host).live().timerSeconds()).isNull();
    }

    @Test
    void handsQueueInOrderAndTheHostCallsTheNextSpeaker() {
        SessionSummary s = SessionTestSupport.liveSession(context);
        SessionPass host = sessions.joinAsMember(s.id());
        login("wangfang");
        SessionPass wang = sessions.joinAsMember(s.id());
        logout();
        SessionPass guest = sessions.joinAsGuest(s.joinCode(), "Guest 访客");
        SessionPass late = sessions.joinAsGuest(s.joinCode(), "Late");

        hands.raiseHand(guest);
        login("wangfang");
        hands.raiseHand(wang);
        logout();
        hands.raiseHand(late);
        hands.raiseHand(guest); // raising again keeps its place
        assertThat(hands.queue(guest)).extracting(HandView::displayName)
                .containsExactly("Guest 访客", "王芳 Wang Fang", "Late");
        assertThat(hands.queue(guest)).noneMatch(HandView::called);

        login("planner");
        HandView first = hands.callNext(host);
        assertThat(first.displayName()).isEqualTo("Guest 访客");
        assertThat(hands.queue(host)).extracting(HandView::called).containsExactly(true, false, false);
        logout();
        hands.lowerHand(late);
        login("planner");
        HandView second = hands.callNext(host);
        assertThat(second.participantId()).isEqualTo(wang.participantId());
        assertThat(hands.queue(host)).extracting(HandView::displayName).containsExactly("王芳 Wang Fang");
        assertThat(hands.callNext(host)).isNull();
        assertThat(hands.queue(host)).isEmpty();
    }

    @Test
    void rejoiningAfterTheConnectionDroppedKeepsTheParticipantAndTheHand() {
        SessionSummary s = SessionTestSupport.liveSession(context);
        logout();
        SessionPass guest = sessions.joinAsGuest(s.joinCode(), "Guest");
        hands.raiseHand(guest);
        sessions.setFollowing(guest, true);
        sessions.leave(guest);
        assertThat(mine(sessions.participants(guest), guest).present()).isFalse();

        Participant back = sessions.rejoin(guest);
        assertThat(back.participantId()).isEqualTo(guest.participantId());
        ParticipantView me = mine(sessions.participants(guest), guest);
        assertThat(me.present()).isTrue();
        assertThat(me.followsHost()).isTrue();
        assertThat(hands.queue(guest)).extracting(HandView::participantId).containsExactly(guest.participantId());
        assertThat(sessions.participants(guest)).hasSize(1);
    }

    @Test
    void liveSessionsShowToMembersOfThePlansCommunityOnly() {
        SessionSummary live = SessionTestSupport.liveSession(context);
        SessionSummary scheduled = SessionTestSupport.scheduledSession(context);
        login("wangfang");
        assertThat(sessions.liveSessionsForMe()).extracting(SessionSummary::id)
                .contains(live.id()).doesNotContain(scheduled.id());
        login("liming");
        assertThat(sessions.liveSessionsForMe()).extracting(SessionSummary::id).doesNotContain(live.id());
        assertThatThrownBy(() -> sessions.session(live.id())).isInstanceOf(ObjectNotFoundException.class);
    }

    private static ParticipantView mine(List<ParticipantView> list, SessionPass pass) {
        return list.stream().filter(p -> p.participantId() == pass.participantId()).findFirst().orElseThrow();
    }

    private void login(String username) {
        DiscussionTestSupport.login(context, username);
    }

    private static java.util.Map<String, Message> errors(Runnable action) {
        try {
            action.run();
        } catch (ValidationException e) {
            return e.fieldErrors();
        }
        throw new AssertionError("no ValidationException");
    }
}
