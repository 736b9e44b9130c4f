package org.cohesion.session.poll.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServlet;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import org.cohesion.KaribuSupport;
import org.cohesion.SimulatedUser;
import org.cohesion.session.SessionPass;
import org.cohesion.session.SessionService;
import org.cohesion.session.SessionSummary;
import org.cohesion.session.SessionTestSupport;
import org.cohesion.session.poll.PollKind;
import org.cohesion.session.poll.PollOptionResult;
import org.cohesion.session.poll.PollService;
import org.cohesion.session.poll.PollSnapshot;
import org.cohesion.session.poll.PollStatus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Benchmark, not a test: {@value #PARTICIPANTS} guests in one live session, each with a polls panel open in a
 * simulated UI of its own (Karibu, one servlet and so one Collaboration Engine, sessions unlocked as between
 * requests, so that pushed changes apply at once on the server's threads). In each of {@value #ROUNDS} rounds the
 * host opens a new dot-voting poll — measured: the time until every UI shows it (p50/p95/max) — then
 * {@value #PARTICIPANTS} votes arrive spread over one second from {@value #VOTE_THREADS} threads — checked: all
 * counted (ballots and dots per option, in the database); measured: how long after the last vote every UI shows
 * all of them, and how many snapshots each UI applied (coalescing). The first round runs on a cold JVM (the
 * just-in-time compiler is still at work); the later ones show the steady state. Also printed: the CPU time the
 * whole JVM spent and the machine's load, since the figures are wall-clock times on a shared machine.
 *
 * <p>Run: {@code ./mvnw -B test -Dtest=PollScaleBenchmark -Dexcluded.test.groups=none
 * -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
@SpringBootTest
class PollScaleBenchmark {

    static {
        // Vaadin's development mode records a stack trace for every component created (for the dev tools'
        // component locator), which production mode never does; it would multiply the cost of building 300 UIs.
        // Must be set before the first component of this JVM is created.
        System.setProperty("vaadin.devmode.componentTracker.enabled", "false");
    }

    private static final int PARTICIPANTS = 300;
    private static final int ROUNDS = 3;
    private static final int VOTE_THREADS = 32;
    private static final long VOTE_WINDOW_MS = 1000;
    private static final int DOTS = 3;

    @Autowired
    ApplicationContext context;

    @Autowired
    SessionService sessions;

    @Autowired
    PollService polls;

    /** What each participant's UI saw of each poll: when it showed it open, when it showed all ballots. */
    private final Map<Long, Seen> seen = new ConcurrentHashMap<>();

    @Test
    void threeHundredParticipants() throws Exception {
        VaadinServlet servlet = KaribuSupport.newServlet(context);
        SimulatedUser host = new SimulatedUser(context, servlet, "planner");
        List<SimulatedUser> people = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        boolean allGood = true;
        try {
            SessionSummary session = host.call(() -> SessionTestSupport.liveSession(context));
            SessionPass hostPass = host.call(() -> sessions.joinAsMember(session.id()));
            host.run(() -> UI.getCurrent().add(new PollsPanel(polls, hostPass)));
            VaadinService service = host.call(VaadinService::getCurrent);

            // ---------------------------------------------------------- 300 guests, each with a panel open
            SessionPass[] passes = new SessionPass[PARTICIPANTS];
            long setupStart = System.nanoTime();
            ExecutorService starter = Executors.newFixedThreadPool(8);
            List<Future<SimulatedUser>> starting = new ArrayList<>();
            for (int i = 0; i < PARTICIPANTS; i++) {
                int n = i;
                starting.add(starter.submit(() -> {
                    SimulatedUser u = new SimulatedUser(context, servlet, "sarah");
                    u.run(() -> {
                        KaribuSupport.logout();
                        passes[n] = sessions.joinAsGuest(session.joinCode(), "Guest " + n);
                        PollsPanel panel = new PollsPanel(polls, passes[n]);
                        panel.addPollChangeListener(e -> record(n, e.getPoll()));
                        UI.getCurrent().add(panel);
                    });
                    return u;
                }));
            }
            for (Future<SimulatedUser> f : starting) {
                people.add(f.get(5, TimeUnit.MINUTES));
            }
            starter.shutdown();
            lines.add(String.format("%d guests in one live session, each with a PollsPanel open (set up in %.0f ms)",
                    PARTICIPANTS, ms(System.nanoTime() - setupStart)));
            // as between requests: the sessions are unlocked, so Collaboration Engine applies changes at once
            people.forEach(SimulatedUser::releaseSession);

            // delivery alone: a members-only poll reaches every guest's UI, which only reads it and ignores it
            for (int i = 0; i < 2; i++) {
                long membersOnly = host.call(() -> polls.create(hostPass, "Members only", PollKind.SINGLE,
                        List.of("Yes", "No"), null, false).poll().id());
                Thread.sleep(300);
                long cpu = processCpuNanos();
                long start = System.nanoTime();
                host.run(() -> polls.open(hostPass, membersOnly));
                Thread.sleep(1500);
                lines.add(String.format("delivery only (a members-only poll opened, %d guest UIs ignore it): JVM CPU"
                        + " %.0f ms within 1.5 s", PARTICIPANTS, ms(processCpuNanos() - cpu)));
                host.run(() -> polls.close(hostPass, membersOnly));
            }

            Long previous = null;
            for (int round = 1; round <= ROUNDS; round++) {
                String name = round == 1 ? "round 1 (cold JVM)" : "round " + round;
                long pollId = host.call(() -> polls.create(hostPass, "Which first? 先做哪个？", PollKind.DOTS,
                        List.of("Play 游乐", "Shade 遮阳", "Paths 步道", "Lights 路灯"), DOTS, true).poll().id());
                List<Long> options = host.call(() -> polls.results(hostPass, pollId)).options().stream()
                        .map(PollOptionResult::optionId).toList();
                if (previous != null) {
                    long closing = previous;
                    host.run(() -> polls.close(hostPass, closing));
                }
                Thread.sleep(500);
                Seen s = new Seen();
                seen.put(pollId, s);

                // ------------------------------------------------------ poll opened -> shown in every UI
                long cpu = processCpuNanos();
                long[] opened = new long[1];
                host.run(() -> {
                    opened[0] = System.nanoTime();
                    polls.open(hostPass, pollId);
                });
                waitFor(() -> count(s.open) == PARTICIPANTS, 60_000);
                List<Double> toOpen = since(s.open, opened[0]);
                double openCpuMs = ms(processCpuNanos() - cpu);
                lines.add(String.format("%s: host opens a poll -> shown in %d/%d UIs   %s   (JVM CPU %.0f ms)",
                        name, count(s.open), PARTICIPANTS, stats(toOpen), openCpuMs));
                for (int i = 0; i < PARTICIPANTS; i++) {
                    s.applied.set(i, 0);
                }

                // ------------------------------------------------------ 300 votes within one second
                Map<Long, Integer> expectedDots = new HashMap<>();
                List<Map<Long, Integer>> ballots = new ArrayList<>();
                for (int i = 0; i < PARTICIPANTS; i++) {
                    Map<Long, Integer> b = (i + round) % 3 == 0 ? Map.of(options.get(i % 4), DOTS)
                            : Map.of(options.get(i % 4), DOTS - 1, options.get((i + 1) % 4), 1);
                    ballots.add(b);
                    b.forEach((o, d) -> expectedDots.merge(o, d, Integer::sum));
                }
                cpu = processCpuNanos();
                ScheduledExecutorService voters = Executors.newScheduledThreadPool(VOTE_THREADS);
                ConcurrentLinkedQueue<Double> voteMs = new ConcurrentLinkedQueue<>();
                ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
                AtomicLongArray returned = new AtomicLongArray(PARTICIPANTS);
                CountDownLatch done = new CountDownLatch(PARTICIPANTS);
                long votesStart = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
                for (int i = 0; i < PARTICIPANTS; i++) {
                    int n = i;
                    long at = votesStart + i * TimeUnit.MILLISECONDS.toNanos(VOTE_WINDOW_MS) / PARTICIPANTS;
                    voters.schedule(() -> {
                        // like a request from the participant's browser: the Vaadin service is current
                        CurrentInstance.set(VaadinService.class, service);
                        long start = System.nanoTime();
                        try {
                            polls.vote(passes[n], pollId, ballots.get(n));
                            voteMs.add(ms(System.nanoTime() - start));
                        } catch (Throwable t) {
                            failures.add(t);
                        } finally {
                            returned.set(n, System.nanoTime());
                            CurrentInstance.clearAll();
                            done.countDown();
                        }
                    }, at - System.nanoTime(), TimeUnit.NANOSECONDS);
                }
                done.await(2, TimeUnit.MINUTES);
                voters.shutdown();
                long lastReturned = 0;
                for (int i = 0; i < PARTICIPANTS; i++) {
                    lastReturned = Math.max(lastReturned, returned.get(i));
                }
                PollSnapshot stored = host.call(() -> polls.results(hostPass, pollId));
                waitFor(() -> count(s.all) == PARTICIPANTS, 60_000);
                double votesCpuMs = ms(processCpuNanos() - cpu);
                List<Double> settled = since(s.all, lastReturned);
                List<Double> applied = new ArrayList<>();
                for (int i = 0; i < PARTICIPANTS; i++) {
                    applied.add((double) s.applied.get(i));
                }
                Collections.sort(applied);
                List<Double> votes = new ArrayList<>(voteMs);
                Collections.sort(votes);

                Map<Long, Integer> storedDots = new HashMap<>();
                stored.options().forEach(o -> storedDots.put(o.optionId(), o.dots()));
                boolean counted = failures.isEmpty() && stored.ballots() == PARTICIPANTS
                        && stored.totalDots() == PARTICIPANTS * DOTS && storedDots.equals(expectedDots);
                allGood &= counted && count(s.open) == PARTICIPANTS && count(s.all) == PARTICIPANTS;
                failures.forEach(Throwable::printStackTrace);
                lines.add(String.format("%s: %d votes sent over %d ms, the last returned after %.0f ms; vote call %s",
                        name, PARTICIPANTS, VOTE_WINDOW_MS, ms(lastReturned - votesStart), stats(votes)));
                lines.add(String.format("%s: stored %d/%d ballots, %d/%d dots, per option %s, expected %s, refused"
                        + " or failed %d -> %s", name, stored.ballots(), PARTICIPANTS, stored.totalDots(),
                        PARTICIPANTS * DOTS, byPosition(stored, storedDots), byPosition(stored, expectedDots),
                        failures.size(), counted ? "ALL COUNTED" : "MISMATCH"));
                lines.add(String.format("%s: last vote returned -> all %d shown in %d/%d UIs   %s   (JVM CPU for"
                        + " votes and updates %.0f ms)", name, PARTICIPANTS, count(s.all), PARTICIPANTS,
                        stats(settled), votesCpuMs));
                lines.add(String.format("%s: snapshots applied per UI while votes came in   %s", name,
                        stats(applied)));
                previous = pollId;
            }
        } finally {
            ExecutorService closer = Executors.newFixedThreadPool(8);
            for (SimulatedUser u : people) {
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
            host.close();
        }
        System.out.printf("%nPollScaleBenchmark (H2 in memory, in-process Karibu UIs on one servlet; %d cores,"
                + " load average %.1f at the end; times in ms)%n", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        lines.forEach(System.out::println);
        System.out.println("target: p95 <= 250 ms to all 300");
        System.out.println("rerun: ./mvnw -B test -Dtest=PollScaleBenchmark -Dexcluded.test.groups=none"
                + " -Dsurefire.failIfNoSpecifiedTests=false");
        if (!allGood) {
            throw new AssertionError("votes lost or UIs behind: see the figures above");
        }
    }

    private void record(int participant, PollSnapshot poll) {
        Seen s = seen.get(poll.id());
        if (s == null) {
            return;
        }
        long now = System.nanoTime();
        s.applied.incrementAndGet(participant);
        if (poll.status() == PollStatus.OPEN) {
            s.open.compareAndSet(participant, 0, now);
        }
        if (poll.ballots() == PARTICIPANTS) {
            s.all.compareAndSet(participant, 0, now);
        }
    }

    private static final class Seen {
        final AtomicLongArray open = new AtomicLongArray(PARTICIPANTS);
        final AtomicLongArray all = new AtomicLongArray(PARTICIPANTS);
        final AtomicIntegerArray applied = new AtomicIntegerArray(PARTICIPANTS);
    }

    private static String byPosition(PollSnapshot poll, Map<Long, Integer> dots) {
        return poll.options().stream().map(o -> String.valueOf(dots.getOrDefault(o.optionId(), 0))).toList()
                .toString();
    }

    private static int count(AtomicLongArray seen) {
        int n = 0;
        for (int i = 0; i < seen.length(); i++) {
            if (seen.get(i) != 0) {
                n++;
            }
        }
        return n;
    }

    /** The times (ms) from {@code start} to each seen moment, sorted; moments not seen are left out. */
    private static List<Double> since(AtomicLongArray seen, long start) {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < seen.length(); i++) {
            if (seen.get(i) != 0) {
                ms.add(Math.max(0, ms(seen.get(i) - start)));
            }
        }
        Collections.sort(ms);
        return ms;
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, long timeoutMs)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static String stats(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return "(none)";
        }
        return String.format("p50 %.0f  p95 %.0f  max %.0f", sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.get(sorted.size() - 1));
    }
}
