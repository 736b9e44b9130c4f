package org.cohesion.session.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cohesion.base.Message;
import org.cohesion.base.ValidationException;
import org.cohesion.discussion.DiscussionTestSupport;
import org.cohesion.session.SessionPass;
import org.cohesion.session.SessionService;
import org.cohesion.session.SessionSummary;
import org.cohesion.session.SessionTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Polls through the service: creating, host-only actions, voting rules, one ballot per participant, results. */
@SpringBootTest
class PollServiceTest {

    private static final List<String> ABC = List.of("Benches 长椅", "Trees 树", "Lights 路灯");

    @Autowired
    ApplicationContext context;

    @Autowired
    SessionService sessions;

    @Autowired
    PollService polls;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    // ------------------------------------------------------------------ creating

    @Test
    void creatingChecksItsInputAndStoresNothingWhenBad() {
        SessionSummary s = SessionTestSupport.liveSession(context);
        SessionPass host = sessions.joinAsMember(s.id());

        assertThat(errors(() -> polls.create(host, "  ", null, List.of("Only one"), null, true)))
                .containsEntry("question", new Message("validation.required"))
                .containsEntry("kind", new Message("validation.required"))
                .containsEntry("options", new Message("poll.error.too-few-options", 2));
        assertThat(errors(() -> polls.create(host, "Where?", PollKind.SINGLE, null, null, true)))
                .containsEntry("options", new Message("poll.error.too-few-options", 2));
        List<String> many = new ArrayList<>();
        for (int i = 1; i <= 21; i++) {
            many.add("Option " + i);
        }
        assertThat(errors(() -> polls.create(host, "Where?", PollKind.MULTIPLE, many, null, true)))
                .containsEntry("options", new Message("poll.error.too-many-options", 20));
        assertThat(errors(() -> polls.create(host, "问".repeat(301), PollKind.SINGLE,
                List.of("ok", "  ", "x".repeat(201), " Trees  树 ", "trees 树", "ＴＲＥＥＳ 树"), null, true)))
                .containsEntry("question", new Message("validation.too-long", 300))
                .containsEntry("options.1", new Message("validation.required"))
                .containsEntry("options.2", new Message("validation.too-long", 200))
                .containsEntry("options.4", new Message("poll.error.duplicate-option"))
                .containsEntry("options.5", new Message("poll.error.duplicate-option"))
                .doesNotContainKeys("options.0", "options.3", "options");
        for (Integer bad : new Integer[] {null, 0, -1, 21}) {
            assertThat(errors(() -> polls.create(host, "Dots", PollKind.DOTS, ABC, bad, true))).as("dots " + bad)
                    .containsEntry("dots", new Message("poll.error.dots-range", 1, 20));
        }
        assertThat(polls.polls(host).polls()).isEmpty();

        // at the limits
        List<String> twenty = many.subList(0, 20);
        PollView max = polls.create(host, "问".repeat(300), PollKind.DOTS, twenty, 20, false);
        assertThat(max.poll().options()).hasSize(20);
        assertThat(max.poll().dots()).isEqualTo(20);
        PollView min = polls.create(host, "  Which   one? ", PollKind.SINGLE,
                List.of("  A  b ", "x".repeat(200)), 7, true);
        assertThat(min.poll().question()).isEqualTo("Which one?");
        assertThat(min.poll().options()).extracting(PollOptionResult::label).containsExactly("A b", "x".repeat(200));
        assertThat(min.poll().options()).extracting(PollOptionResult::position).containsExactly(1, 2);
        assertThat(min.poll().dots()).as("dots only for dot-voting").isNull();
        assertThat(min.poll().status()).isEqualTo(PollStatus.DRAFT);
        assertThat(min.poll().openToGuests()).isTrue();
        assertThat(min.voted()).isFalse();
        assertThat(polls.polls(host).polls()).extracting(v -> v.poll().id())
                .containsExactly(min.poll().id(), max.poll().id());
    }

    @Test
    void hostActionsByAnyoneElseAreRefusedEvenWithForgedPasses() {
        SessionSummary s = SessionTestSupport.liveSession(context);
        SessionPass host = sessions.joinAsMember(s.id());
        long draft = polls.create(host, "Draft", PollKind.SINGLE, ABC, null, true).poll().id();
        long open = polls.create(host, "Open", PollKind.SINGLE, ABC, null, true).poll().id();
        polls.open(host, open);
        login("wangfang");
        SessionPass member = sessions.joinAsMember(s.id());
        logout();
        SessionPass guest = sessions.joinAsGuest(s.joinCode(), "Guest");
        SessionPass forgedHost = new SessionPass(s.id(), host.participantId(), guest.secret());
        SessionPass hostOfOtherSession = new SessionPass(s.id() + 1_000_000, host.participantId(), host.secret());

        for (String who : new String[] {"wangfang", null, "sarah", "planner"}) {
            if (who == null) {
                logout();
            } else {
                login(who);
            }
            for (SessionPass pass : List.of(member, guest, forgedHost, hostOfOtherSession)) {
                List<Runnable> actions = List.of(
                        () -> polls.create(pass, "Mine", PollKind.SINGLE, ABC, null, true),
                        () -> polls.open(pass, draft),
                        () -> polls.close(pass, open));
                for (Runnable action : actions) {
                    assertThatThrownBy(action::run).as(who + " " + pass).isInstanceOf(AccessDeniedException.class);
                }
            }
        }
        login("planner");
        assertThat(polls.polls(host).polls()).extracting(v -> v.poll().status())
                .containsExactly(PollStatus.OPEN, PollStatus.DRAFT);
        // drafts are the host's: others do not see them, nor their results
        login("wangfang");
        assertThat(polls.polls(member).polls()).extracting(v -> v.poll().id()).containsExactly(open);
        assertThat(errors(() -> polls.results(member, draft)))
                .containsEntry("poll", new Message("poll.error.no-such-poll"));
        assertThat(errors(() -> polls.vote(member, draft, Map.of(optionIds(host, draft).get(0), 1))))
                .containsEntry("poll", new Message("poll.error.no-such-poll"));
    }

    @Test
    void openAndCloseFollowTheLifeOfAPoll() {
        SessionSummary scheduled = SessionTestSupport.scheduledSession(context);
        SessionPass host = sessions.joinAsMember(scheduled.id());
        long id = polls.create(host, "Prepared 提前准备", PollKind.SINGLE, ABC, null, true).poll().id();
        assertThat(errors(() -> polls.open(host, id))).as("not before the session is live")
                .containsEntry("status", new Message("session.error.not-live"));
        assertThat(errors(() -> polls.close(host, id))).containsEntry("status", new Message("poll.error.not-open"));
        sessions.start(host);

        PollSnapshot opened = polls.open(host, id);
        assertThat(opened.status()).isEqualTo(PollStatus.OPEN);
        assertThat(opened.openedAt()).isNotNull();
        assertThat(errors(() -> polls.open(host, id))).containsEntry("status",
                new Message("poll.error.already-open"));
        PollSnapshot closed = polls.close(host, id);
        assertThat(closed.status()).isEqualTo(PollStatus.CLOSED);
        assertThat(closed.closedAt()).isAfterOrEqualTo(opened.openedAt());
        assertThat(closed.seq()).isGreaterThan(opened.seq());
        assertThat(errors(() -> polls.open(host, id))).containsEntry("status", new Message("poll.error.closed"));
        assertThat(errors(() -> polls.close(host, id))).containsEntry("status", new Message("poll.error.closed"));

        // a poll of another session is no poll of this one
        SessionSummary other = SessionTestSupport.liveSession(context);
        SessionPass otherHost = sessions.joinAsMember(other.id());
        assertThat(errors(() -> polls.open(otherHost, id)))
                .containsEntry("poll", new Message("poll.error.no-such-poll"));
        assertThat(errors(() -> polls.results(otherHost, id)))
                .containsEntry("poll", new Message("poll.error.no-such-poll"));
        // nothing new in an ended session
        sessions.end(host);
        assertThat(errors(() -> polls.create(host, "Late", PollKind.SINGLE, ABC, null, true)))
                .containsEntry("status", new Message("session.error.ended"));
    }

    // ------------------------------------------------------------------ voting

    @Test
    void votesFollowThePollsKind() {
        SessionSummary s = SessionTestSupport.liveSession(context);
        SessionPass host = sessions.joinAsMember(s.id());
        long single = openPoll(host, PollKind.SINGLE, null);
        long multiple = openPoll(host, PollKind.MULTIPLE, null);
        long dots = openPoll(host, PollKind.DOTS, 5);
        List<Long> a = optionIds(host, single);
        List<Long> m = optionIds(host, multiple);
        List<Long> d = optionIds(host, dots);
        logout();
        SessionPass guest = sessions.joinAsGuest(s.joinCode(), "Guest 访客");

        assertThat(errors(() -> polls.vote(guest, single, Map.of()))).containsEntry("votes",
                new Message("poll.error.no-choice"));
        assertThat(errors(() -> polls.vote(guest, single, null))).containsEntry("votes",
                new Message("poll.error.no-choice"));
        assertThat(errors(() -> polls.vote(guest, single, Map.of(a.get(0), 1, a.get(1), 1))))
                .containsEntry("votes", new Message("poll.error.single"));
        assertThat(errors(() -> polls.vote(guest, single, Map.of(a.get(0), 2))))
                .containsEntry("votes", new Message("poll.error.single"));
        assertThat(errors(() -> polls.vote(guest, single, Map.of(m.get(0), 1)))).as("an option of another poll")
                .containsEntry("votes", new Message("poll.error.no-such-option"));
        assertThat(errors(() -> polls.vote(guest, multiple, Map.of(m.get(0), 1, m.get(1), 2))))
                .containsEntry("votes", new Message("poll.error.multiple"));
        assertThat(errors(() -> polls.vote(guest, multiple, Map.of(m.get(0), 0))))
                .containsEntry("votes", new Message("poll.error.bad-dots"));
        assertThat(errors(() -> polls.vote(guest, dots, Map.of(d.get(0), 3, d.get(1), 3))))
                .containsEntry("votes", new Message("poll.error.too-many-dots", 5));
        assertThat(errors(() -> polls.vote(guest, dots, Map.of(d.get(0), Integer.MAX_VALUE, d.get(1), 1))))
                .containsEntry("votes", new Message("poll.error.too-many-dots", 5));
        assertThat(errors(() -> polls.vote(guest, dots, Map.of(d.get(0), 4, d.get(1), -1))))
                .containsEntry("votes", new Message("poll.error.bad-dots"));
        java.util.HashMap<Long, Integer> withNull = new java.util.HashMap<>();
        withNull.put(null, 1);
        assertThat(errors(() -> polls.vote(guest, dots, withNull)))
                .containsEntry("votes", new Message("poll.error.no-such-option"));
        assertThat(polls.polls(guest).polls()).allSatisfy(v -> {
            assertThat(v.voted()).isFalse();
            assertThat(v.poll().ballots()).isZero();
        });

        assertThat(polls.vote(guest, single, Map.of(a.get(1), 1)).poll().ballots()).isEqualTo(1);
        PollView many = polls.vote(guest, multiple, Map.of(m.get(0), 1, m.get(2), 1));
        assertThat(many.myVotes()).isEqualTo(Map.of(m.get(0), 1, m.get(2), 1));
        PollView spread = polls.vote(guest, dots, Map.of(d.get(0), 4, d.get(2), 1));
        assertThat(spread.poll().totalDots()).isEqualTo(5);
        assertThat(polls.polls(guest).polls()).allSatisfy(v -> assertThat(v.voted()).isTrue());
        assertThat(polls.polls(guest).polls().stream().filter(v -> v.poll().id() == dots).findFirst().orElseThrow()
                .myVotes()).isEqualTo(Map.of(d.get(0), 4, d.get(2), 1));

        // the connection drops and comes back: the same participant, with their votes
        sessions.leave(guest);
        sessions.rejoin(guest);
        assertThat(polls.polls(guest).polls()).allSatisfy(v -> assertThat(v.voted()).isTrue());
        assertThat(errors(() -> polls.vote(guest, single, Map.of(a.get(0), 1))))
                .containsEntry("poll", new Message(PollService.VOTED_ALREADY));
    }

    @Test
    void aSecondVoteIsRefusedAndChangesNothing() {
        SessionSummary s = SessionTestSupport.liveSession(context);
        SessionPass host = sessions.joinAsMember(s.id());
        long id = openPoll(host, PollKind.SINGLE, null);
        List<Long> a = optionIds(host, id);
        login("wangfang");
        SessionPass member = sessions.joinAsMember(s.id());
        polls.vote(member, id, Map.of(a.get(0), 1));
        assertThat(errors(() -> polls.vote(member, id, Map.of(a.get(1), 1))))
                .containsEntry("poll", new Message(PollService.VOTED_ALREADY));
        // also from another tab or device: the member's pass is the same participant
        SessionPass secondTab = sessions.joinAsMember(s.id());
        assertThat(errors(() -> polls.vote(secondTab, id, Map.of(a.get(2), 1))))
                .containsEntry("poll", new Message(PollService.VOTED_ALREADY));
        PollSnapshot results = polls.results(member, id);
        assertThat(results.ballots()).isEqualTo(1);
        assertThat(results.options()).extracting(PollOptionResult::votes).containsExactly(1, 0, 0);
        // after the poll closes, nobody votes
        login("planner");
        polls.close(host, id);
        logout();
        SessionPass late = sessions.joinAsGuest(s.joinCode(), "Late");
        assertThat(errors(() -> polls.vote(late, id, Map.of(a.get(0), 1))))
                .containsEntry("poll", new Message("poll.error.not-open"));
    }

    @Test
    void twoVotesWithTheSamePassAtTheSameMomentMakeOneBallot() throws Exception {
        SessionSummary s = SessionTestSupport.liveSession(context);
        SessionPass host = sessions.joinAsMember(s.id());
        long id = openPoll(host, PollKind.DOTS, 3);
        List<Long> d = optionIds(host, id);
        logout();
        int rounds = 25;
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Object> outcomes = new CopyOnWriteArrayList<>();
        try {
            for (int round = 0; round < rounds; round++) {
                SessionPass guest = sessions.joinAsGuest(s.joinCode(), "Guest " + round);
                CyclicBarrier start = new CyclicBarrier(threads);
                List<Future<Object>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    long option = d.get(t % d.size());
                    results.add(pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        try {
                            return polls.vote(guest, id, Map.of(option, 3));
                        } catch (ValidationException e) {
                            return e.fieldErrors().get("poll");
                        }
                    }));
                }
                List<Object> round1 = new ArrayList<>();
                for (Future<Object> f : results) {
                    round1.add(f.get(30, TimeUnit.SECONDS));
                }
                assertThat(round1.stream().filter(PollView.class::isInstance)).as("round " + round).hasSize(1);
                assertThat(round1.stream().filter(o -> !(o instanceof PollView))).as("round " + round)
                        .hasSize(threads - 1).allMatch(o -> new Message(PollService.VOTED_ALREADY).equals(o));
                outcomes.addAll(round1);
            }
        } finally {
            pool.shutdownNow();
        }
        login("planner");
        PollSnapshot results = polls.results(host, id);
        assertThat(results.ballots()).isEqualTo(rounds);
        assertThat(results.totalDots()).isEqualTo(rounds * 3);
        assertThat(outcomes).hasSize(rounds * threads);
    }

    @Test
    void guestsVoteOnlyInPollsOpenToGuestsAndSeeNoOthers() {
        SessionSummary s = SessionTestSupport.liveSession(context);
        SessionPass host = sessions.joinAsMember(s.id());
        long membersOnly = openPoll(host, PollKind.SINGLE, null, false);
        long forAll = openPoll(host, PollKind.SINGLE, null, true);
        long membersOption = optionIds(host, membersOnly).get(0);
        long forAllOption = optionIds(host, forAll).get(0);
        logout();
        SessionPass guest = sessions.joinAsGuest(s.joinCode(), "Guest");

        assertThatThrownBy(() -> polls.vote(guest, membersOnly, Map.of(membersOption, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> polls.results(guest, membersOnly)).isInstanceOf(AccessDeniedException.class);
        assertThat(polls.polls(guest).polls()).extracting(v -> v.poll().id()).containsExactly(forAll);
        assertThat(polls.polls(guest).me().guest()).isTrue();
        polls.vote(guest, forAll, Map.of(forAllOption, 1));

        login("wangfang");
        SessionPass member = sessions.joinAsMember(s.id());
        assertThat(polls.polls(member).polls()).hasSize(2);
        assertThat(polls.vote(member, membersOnly, Map.of(membersOption, 1)).poll().ballots()).isEqualTo(1);
        login("planner");
        assertThat(polls.results(host, membersOnly).ballots()).isEqualTo(1);
        assertThat(polls.results(host, forAll).ballots()).isEqualTo(1);

        // a guest's pass ends with the session; the results stay for members
        sessions.end(host);
        logout();
        assertThatThrownBy(() -> polls.polls(guest)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> polls.vote(guest, forAll, Map.of(forAllOption, 1)))
                .isInstanceOf(AccessDeniedException.class);
    }

    // ------------------------------------------------------------------ results

    @Test
    void dotResultsAddUpPerOptionAndShareTheDotsGiven() {
        SessionSummary s = SessionTestSupport.liveSession(context);
        SessionPass host = sessions.joinAsMember(s.id());
        long id = openPoll(host, PollKind.DOTS, 5);
        List<Long> d = optionIds(host, id);
        logout();
        polls.vote(sessions.joinAsGuest(s.joinCode(), "One"), id, Map.of(d.get(0), 3, d.get(1), 2));
        polls.vote(sessions.joinAsGuest(s.joinCode(), "Two"), id, Map.of(d.get(0), 5));
        SessionPass three = sessions.joinAsGuest(s.joinCode(), "Three");
        PollView last = polls.vote(three, id, Map.of(d.get(2), 1));

        PollSnapshot r = polls.results(three, id);
        assertThat(last.poll()).isEqualTo(r);
        assertThat(r.ballots()).isEqualTo(3);
        assertThat(r.totalDots()).isEqualTo(11);
        assertThat(r.options()).extracting(PollOptionResult::dots).containsExactly(8, 2, 1);
        assertThat(r.options()).extracting(PollOptionResult::votes).containsExactly(2, 1, 1);
        assertThat(r.options().get(0).percent()).isCloseTo(800.0 / 11, within(1e-9));
        assertThat(r.options().get(1).percent()).isCloseTo(200.0 / 11, within(1e-9));
        assertThat(r.options().get(2).percent()).isCloseTo(100.0 / 11, within(1e-9));
        assertThat(r.options().stream().mapToDouble(PollOptionResult::percent).sum()).isCloseTo(100, within(1e-9));
        assertThat(r.seq()).isEqualTo(PollSnapshot.seqOf(PollStatus.OPEN, 3));
    }

    @Test
    void choiceResultsShareTheBallots() {
        SessionSummary s = SessionTestSupport.liveSession(context);
        SessionPass host = sessions.joinAsMember(s.id());
        long single = openPoll(host, PollKind.SINGLE, null);
        long multiple = openPoll(host, PollKind.MULTIPLE, null);
        List<Long> a = optionIds(host, single);
        List<Long> m = optionIds(host, multiple);
        assertThat(polls.results(host, single).options()).extracting(PollOptionResult::percent)
                .containsExactly(0.0, 0.0, 0.0);
        polls.vote(host, single, Map.of(a.get(0), 1));
        polls.vote(host, multiple, Map.of(m.get(0), 1, m.get(1), 1));
        logout();
        for (int i = 0; i < 3; i++) {
            SessionPass guest = sessions.joinAsGuest(s.joinCode(), "G" + i);
            polls.vote(guest, single, Map.of(a.get(i == 0 ? 0 : 2), 1));
            polls.vote(guest, multiple, Map.of(m.get(0), 1, m.get(2), 1));
        }
        login("planner");
        PollSnapshot one = polls.results(host, single);
        assertThat(one.ballots()).isEqualTo(4);
        assertThat(one.options()).extracting(PollOptionResult::votes).containsExactly(2, 0, 2);
        assertThat(one.options()).extracting(PollOptionResult::percent).containsExactly(50.0, 0.0, 50.0);
        assertThat(one.totalDots()).isEqualTo(4);
        PollSnapshot more = polls.results(host, multiple);
        assertThat(more.ballots()).isEqualTo(4);
        assertThat(more.options()).extracting(PollOptionResult::votes).containsExactly(4, 1, 3);
        assertThat(more.options()).extracting(PollOptionResult::percent).as("shares of the ballots")
                .containsExactly(100.0, 25.0, 75.0);
    }

    // ------------------------------------------------------------------ events

    @Test
    void everyCommittedChangePublishesASnapshotWithAGrowingSeqAndEndingTheSessionClosesOpenPolls() {
        List<PollsChanged> seen = Collections.synchronizedList(new ArrayList<>());
        ApplicationListener<ApplicationEvent> listener = e -> {
            if (e instanceof PayloadApplicationEvent<?> p && p.getPayload() instanceof PollsChanged changed) {
                seen.add(changed);
            }
        };
        ConfigurableApplicationContext configurable = (ConfigurableApplicationContext) context;
        configurable.addApplicationListener(listener);
        try {
            SessionSummary s = SessionTestSupport.liveSession(context);
            SessionPass host = sessions.joinAsMember(s.id());
            long id = polls.create(host, "Events", PollKind.SINGLE, ABC, null, true).poll().id();
            long option = optionIds(host, id).get(0);
            polls.open(host, id);
            assertThat(errors(() -> polls.open(host, id))).isNotEmpty();
            polls.vote(host, id, Map.of(option, 1));
            logout();
            polls.vote(sessions.joinAsGuest(s.joinCode(), "Guest"), id, Map.of(option, 1));
            login("planner");
            sessions.end(host);

            List<PollsChanged> mine = seen.stream().filter(e -> e.pollId() == id).toList();
            assertThat(mine).extracting(e -> e.poll().status()).containsExactly(PollStatus.DRAFT, PollStatus.OPEN,
                    PollStatus.OPEN, PollStatus.OPEN, PollStatus.CLOSED);
            assertThat(mine).extracting(e -> e.poll().ballots()).containsExactly(0, 0, 1, 2, 2);
            assertThat(mine).extracting(PollsChanged::seq).isSorted().doesNotHaveDuplicates();
            assertThat(mine).allSatisfy(e -> {
                assertThat(e.sessionId()).isEqualTo(s.id());
                assertThat(e.seq()).isEqualTo(e.poll().seq());
            });
            assertThat(polls.results(host, id).status()).as("closed when the session ended")
                    .isEqualTo(PollStatus.CLOSED);
        } finally {
            configurable.removeApplicationListener(listener);
        }
    }

    // ------------------------------------------------------------------ helpers

    private long openPoll(SessionPass host, PollKind kind, Integer dots) {
        return openPoll(host, kind, dots, true);
    }

    private long openPoll(SessionPass host, PollKind kind, Integer dots, boolean openToGuests) {
        login("planner");
        long id = polls.create(host, kind + " poll", kind, ABC, dots, openToGuests).poll().id();
        polls.open(host, id);
        return id;
    }

    private List<Long> optionIds(SessionPass host, long pollId) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        login("planner");
        try {
            return polls.results(host, pollId).options().stream().map(PollOptionResult::optionId).toList();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    private void login(String username) {
        DiscussionTestSupport.login(context, username);
    }

    private static Map<String, Message> errors(Runnable action) {
        try {
            action.run();
        } catch (ValidationException e) {
            return e.fieldErrors();
        }
        throw new AssertionError("no ValidationException");
    }
}
