package org.cohesion.session.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.communication.UidlWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.cohesion.KaribuSupport;
import org.cohesion.SimulatedUser;
import org.cohesion.discussion.DiscussionTestSupport;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanService;
import org.cohesion.session.FocusKind;
import org.cohesion.session.SessionHostService;
import org.cohesion.session.SessionPass;
import org.cohesion.session.SessionService;
import org.cohesion.session.SessionSummary;
import org.cohesion.session.SessionTestSupport;
import org.cohesion.session.poll.PollKind;
import org.cohesion.session.poll.PollService;
import org.cohesion.session.poll.PollStatus;
import org.cohesion.session.poll.ui.PollsPanel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Benchmark, not a test: {@value #PARTICIPANTS} guests in one live session, each with the room open in a simulated
 * UI of its own (Karibu, one servlet and so one Collaboration Engine; sessions unlocked as between requests, so
 * that Collaboration Engine applies pushed changes at once, as on a server). Every other guest follows the host.
 * The host changes the focus, starts the timer and opens a poll (open to guests; closed again before the next
 * action), {@value #ACTIONS} actions in turn after {@value #WARM_UP} warm-up; for each it measures the time from
 * the host's call until every UI has shown it (the room's state, the polls panel's open poll) and written the
 * message a push would send (Vaadin's UIDL JSON), and prints p50/p95/max "to all 300" and per UI.
 *
 * <p>Run: {@code ./mvnw -B test -Dtest=SessionScaleBenchmark -Dexcluded.test.groups=none
 * -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
@SpringBootTest
class SessionScaleBenchmark {

    static {
        // as in PollScaleBenchmark: development mode records a stack trace for every component created (for the dev
        // tools), which production never does; set before the first component of this JVM is created
        System.setProperty("vaadin.devmode.componentTracker.enabled", "false");
    }

    private static final int PARTICIPANTS = 300;
    /** Host actions measured: focus change, timer started and poll opened in turn. */
    private static final int ACTIONS = 21;
    private static final int WARM_UP = 9;

    @Autowired
    ApplicationContext context;

    @Autowired
    SessionService sessions;

    @Autowired
    SessionHostService hosting;

    @Autowired
    PollService polls;

    @Test
    void threeHundredParticipantsFollowTheHost() throws Exception {
        VaadinServlet servlet = KaribuSupport.newServlet(context);
        SimulatedUser host = new SimulatedUser(context, servlet, "planner");
        List<SimulatedUser> guests = new ArrayList<>();
        try {
            SessionSummary session = host.call(() -> {
                SessionSummary s = SessionTestSupport.liveSession(context);
                PlanService plans = context.getBean(PlanService.class);
                plans.saveField(s.planId(), PlanField.GOALS, "更多树荫 More shade for older residents.\n\n"
                        + "Light the path at night.");
                plans.saveField(s.planId(), PlanField.DESIGN_PROPOSAL, "Benches along the wall.\n\nA pergola.");
                return s;
            });
            SessionPass hostPass = host.call(() -> {
                UI.getCurrent().navigate("sessions/" + session.id());
                return _get(SessionRoomView.class).pass;
            });
            VaadinService service = host.call(VaadinService::getCurrent);

            // ---------------------------------------------------------- 300 guests, each with the room open
            List<Map<Long, Long>> shownAt = new ArrayList<>();
            for (int i = 0; i < PARTICIPANTS; i++) {
                shownAt.add(new ConcurrentHashMap<>());
            }
            AtomicLong pushBytes = new AtomicLong();
            long setupStart = System.nanoTime();
            long heapBefore = usedHeapAfterGc();
            // everyone joins first (each join reaches the rooms already open: here only the host's) ...
            SessionPass[] passes = new SessionPass[PARTICIPANTS];
            for (int i = 0; i < PARTICIPANTS; i++) {
                passes[i] = sessions.joinAsGuest(session.joinCode(), "Guest " + i + " 访客");
                if (i % 2 == 0) {
                    sessions.setFollowing(passes[i], true);
                }
            }
            // ... then opens the room, which reads the session once and connects to its topic
            // the polls the host will open, one per poll action, prepared as drafts
            DiscussionTestSupport.login(context, "planner");
            List<Long> drafts = new ArrayList<>();
            for (int i = 0; i < (WARM_UP + ACTIONS) / 3; i++) {
                drafts.add(polls.create(hostPass, "Which first? 先做哪个？ " + (i + 1), PollKind.SINGLE,
                        List.of("Shade 遮阳", "Benches 长椅", "Lights 路灯"), null, true).poll().id());
            }
            SecurityContextHolder.clearContext();
            ExecutorService starter = Executors.newFixedThreadPool(8);
            List<Future<SimulatedUser>> starting = new ArrayList<>();
            for (int i = 0; i < PARTICIPANTS; i++) {
                int n = i;
                starting.add(starter.submit(() -> {
                    SimulatedUser u = SimulatedUser.anonymous(context, servlet);
                    u.run(() -> {
                        SessionPasses.putFresh(passes[n]);
                        UI.getCurrent().navigate("sessions/" + session.id());
                        UI ui = UI.getCurrent();
                        UidlWriter push = new UidlWriter();
                        _get(SessionRoomView.class).addStateShownListener(state -> {
                            // what automatic push does after the change: write the UI's changes for the browser
                            pushBytes.addAndGet(push.createUidl(ui, false).toString()
                                    .getBytes(StandardCharsets.UTF_8).length);
                            shownAt.get(n).putIfAbsent(state.version(), System.nanoTime());
                        });
                        _get(PollsPanel.class).addPollChangeListener(e -> {
                            if (e.isStatusChanged() && e.getPoll().status() == PollStatus.OPEN) {
                                pushBytes.addAndGet(push.createUidl(ui, false).toString()
                                        .getBytes(StandardCharsets.UTF_8).length);
                                // poll ids and state versions are told apart by sign
                                shownAt.get(n).putIfAbsent(-e.getPoll().id(), System.nanoTime());
                            }
                        });
                        // the page's first response: the whole room goes to the browser once
                        push.createUidl(ui, false);
                    });
                    return u;
                }));
            }
            for (Future<SimulatedUser> f : starting) {
                guests.add(f.get(10, TimeUnit.MINUTES));
            }
            starter.shutdown();
            for (SimulatedUser g : guests) {
                if (!g.call(() -> _get(SessionRoomView.class).connected())) {
                    throw new IllegalStateException("a room is not connected");
                }
            }
            // as between requests: sessions unlocked, so Collaboration Engine applies changes at once
            guests.forEach(SimulatedUser::releaseSession);
            host.releaseSession();
            double setupMs = ms(System.nanoTime() - setupStart);
            // start measuring from a collected heap, not from the setup's garbage
            long heapPerRoom = (usedHeapAfterGc() - heapBefore) / PARTICIPANTS;

            // ---------------------------------------------------------- host actions -> shown in every UI
            DiscussionTestSupport.login(context, "planner");
            CurrentInstance.set(VaadinService.class, service);
            Map<String, List<Double>> toAll = new java.util.LinkedHashMap<>();
            List<Double> perUi = new ArrayList<>();
            List<Double> calls = new ArrayList<>();
            long bytesBefore = 0;
            int shownEverywhere = 0;
            for (int i = 0; i < WARM_UP + ACTIONS; i++) {
                int k = i;
                String kind = switch (i % 3) {
                    case 0 -> "focus change";
                    case 1 -> "timer started";
                    default -> "poll opened";
                };
                // what each UI shows once it reflects the action: a state version, or a poll (negative id)
                Supplier<Long> action = switch (i % 3) {
                    case 0 -> () -> hosting.setFocus(hostPass, FocusKind.SECTION,
                            (k / 3) % 2 == 0 ? PlanField.GOALS.name() : PlanField.DESIGN_PROPOSAL.name()).version();
                    case 1 -> () -> hosting.startTimer(hostPass, 60 + k).version();
                    default -> () -> -polls.open(hostPass, drafts.get(k / 3)).id();
                };
                if (i == WARM_UP) {
                    bytesBefore = pushBytes.get();
                }
                long start = System.nanoTime();
                long mark = action.get();
                long returned = System.nanoTime();
                waitFor(() -> shownAt.stream().allMatch(m -> m.containsKey(mark)), 30_000);
                long last = 0;
                int shown = 0;
                for (Map<Long, Long> m : shownAt) {
                    Long at = m.get(mark);
                    if (at != null) {
                        shown++;
                        last = Math.max(last, at);
                        if (i >= WARM_UP) {
                            perUi.add(ms(at - start));
                        }
                    }
                }
                if (i >= WARM_UP) {
                    toAll.computeIfAbsent(kind, x -> new ArrayList<>()).add(ms(last - start));
                    calls.add(ms(returned - start));
                    shownEverywhere += shown == PARTICIPANTS ? 1 : 0;
                }
                if (mark < 0) {
                    // one open poll at a time, as in a meeting; the rooms settle before the next action
                    polls.close(hostPass, -mark);
                    Thread.sleep(250);
                }
                Thread.sleep(50);
            }
            long pushPerUi = (pushBytes.get() - bytesBefore) / ((long) ACTIONS * PARTICIPANTS);
            List<Double> all = new ArrayList<>();
            toAll.values().forEach(all::addAll);

            System.out.printf("%nSessionScaleBenchmark (H2 in memory, in-process Karibu UIs on one servlet, %d CPUs)%n",
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("%d guests in one live session, each with the room open (%d follow the host);"
                    + " set up in %.0f ms%n", PARTICIPANTS, PARTICIPANTS / 2, setupMs);
            System.out.printf("%d host actions after %d warm-up, each shown in all %d UIs: %d of %d%n", ACTIONS,
                    WARM_UP, PARTICIPANTS, shownEverywhere, ACTIONS);
            System.out.printf("%-48s %8s %8s %8s%n", "", "p50 ms", "p95 ms", "max ms");
            toAll.forEach((kind, times) -> report(kind + " -> shown in all " + PARTICIPANTS + " (" + times.size()
                    + ")", times));
            report("any action -> shown in all " + PARTICIPANTS, all);
            report("any action -> shown in one UI (each UI)", perUi);
            report("host's service call (returns after fan-out)", calls);
            System.out.printf("push message per UI and action: ~%,d bytes (UIDL JSON, not compressed)%n", pushPerUi);
            System.out.printf("server memory per open room: ~%,d KB (heap after GC, %d rooms)%n", heapPerRoom / 1024,
                    PARTICIPANTS);
            System.out.println("300 votes in one second (all counted, time to settle) are measured by PollScaleBenchmark"
                    + " in session.poll.ui");
            System.out.println("target: p95 <= 250 ms to all 300");
            System.out.println("rerun: ./mvnw -B test -Dtest=SessionScaleBenchmark -Dexcluded.test.groups=none"
                    + " -Dsurefire.failIfNoSpecifiedTests=false");
            if (shownEverywhere != ACTIONS) {
                throw new AssertionError("UIs behind: see the figures above");
            }
        } finally {
            CurrentInstance.clearAll();
            SecurityContextHolder.clearContext();
            ExecutorService closer = Executors.newFixedThreadPool(8);
            for (SimulatedUser u : guests) {
                closer.submit(() -> {
                    try {
                        u.holdSession();
                        u.close();
                    } catch (RuntimeException e) {
                        // tearing down a shared mock service; harmless here
                    }
                });
            }
            closer.shutdown();
            closer.awaitTermination(5, TimeUnit.MINUTES);
            try {
                host.holdSession();
            } catch (RuntimeException e) {
                // already held
            }
            host.close();
        }
    }

    private static void report(String what, List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            System.out.printf("%-48s %8s%n", what, "-");
            return;
        }
        System.out.printf(Locale.ROOT, "%-48s %8.1f %8.1f %8.1f%n", what, sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.get(sorted.size() - 1));
    }

    private static void waitFor(Supplier<Boolean> condition, long timeoutMs) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        while (!condition.get() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
