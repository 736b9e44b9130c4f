package org.cohesion.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServlet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.cohesion.KaribuSupport;
import org.cohesion.SimulatedUser;
import org.cohesion.people.CommunityService;
import org.cohesion.plan.PlanKind;
import org.cohesion.plan.PlanService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Benchmark, not a test: N participants (each a thread with its own Vaadin session, all on one servlet and
 * so one Collaboration Engine) have one plan open; one of them commits title changes. Measures the time
 * until every other participant's field holds the value, the time until the change is in the database,
 * and the heap per connected participant. Sessions are unlocked between actions, as on a real server, so
 * Collaboration Engine delivers updates the moment they happen.
 *
 * <p>Run: {@code ./mvnw -B test -Dtest=PlanLiveBenchmark -Dexcluded.test.groups=none
 * -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
@SpringBootTest
class PlanLiveBenchmark {

    private static final int CHANGES = 30;

    @Autowired
    ApplicationContext context;

    @ParameterizedTest
    @ValueSource(ints = {50, 200})
    void fanOut(int participants) throws Exception {
        VaadinServlet servlet = KaribuSupport.newServlet(context);
        SimulatedUser editor = new SimulatedUser(context, servlet, "planner");
        long planId = editor.call(() -> {
            long community = context.getBean(CommunityService.class).myCommunities().get(0).communityId();
            return context.getBean(PlanService.class).create(community, "Benchmark " + UUID.randomUUID(),
                    PlanKind.OTHER);
        });
        editor.run(() -> UI.getCurrent().navigate("plans/" + planId));

        Runtime rt = Runtime.getRuntime();
        long heapBefore = usedHeap(rt);
        String[] demoUsers = {"planner", "wangfang", "sarah", "moderator"};
        List<SimulatedUser> others = new ArrayList<>();
        Map2 arrivals = new Map2();
        for (int i = 0; i < participants - 1; i++) {
            SimulatedUser u = new SimulatedUser(context, servlet, demoUsers[i % demoUsers.length]);
            u.run(() -> {
                UI.getCurrent().navigate("plans/" + planId);
                _get(PlanWorkspaceView.class).fields.title.addValueChangeListener(e ->
                        arrivals.arrived(String.valueOf(e.getValue())));
            });
            u.releaseSession();
            others.add(u);
        }
        Thread.sleep(2000);
        long heapPerParticipant = (usedHeap(rt) - heapBefore) / Math.max(1, participants - 1);

        List<Double> fanOutMs = new ArrayList<>();
        List<Double> dbMs = new ArrayList<>();
        for (int c = 0; c < CHANGES; c++) {
            String value = "Change " + c + " " + UUID.randomUUID();
            CountDownLatch all = arrivals.expect(value, participants - 1);
            long start = System.nanoTime();
            editor.run(() -> _setValue(_get(PlanWorkspaceView.class).fields.title, value));
            dbMs.add((System.nanoTime() - start) / 1e6);
            if (!all.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Not every participant received change " + c);
            }
            fanOutMs.add((arrivals.lastArrival(value) - start) / 1e6);
        }
        System.out.printf("%nBENCHMARK participants=%d changes=%d%n", participants, CHANGES);
        System.out.printf("  committed change -> all other UIs hold it: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                pct(fanOutMs, 50), pct(fanOutMs, 95), Collections.max(fanOutMs));
        System.out.printf("  committed change -> database row (synchronous save): p50 %.1f ms, p95 %.1f ms%n",
                pct(dbMs, 50), pct(dbMs, 95));
        System.out.printf("  heap per connected participant: %d KB%n", heapPerParticipant / 1024);
        System.out.println("  rerun: ./mvnw -B test -Dtest=PlanLiveBenchmark -Dexcluded.test.groups=none "
                + "-Dsurefire.failIfNoSpecifiedTests=false");

        for (SimulatedUser u : others) {
            u.holdSession();
        }
        for (SimulatedUser u : others) {
            u.close();
        }
        editor.close();
    }

    private static long usedHeap(Runtime rt) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static double pct(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** Arrival times of values at participants. */
    private static final class Map2 {
        private final ConcurrentHashMap<String, CountDownLatch> latches = new ConcurrentHashMap<>();
        private final ConcurrentHashMap<String, Long> last = new ConcurrentHashMap<>();

        CountDownLatch expect(String value, int count) {
            CountDownLatch latch = new CountDownLatch(count);
            latches.put(value, latch);
            return latch;
        }

        void arrived(String value) {
            CountDownLatch latch = latches.get(value);
            if (latch != null) {
                last.merge(value, System.nanoTime(), Math::max);
                latch.countDown();
            }
        }

        long lastArrival(String value) {
            return last.get(value);
        }
    }
}
