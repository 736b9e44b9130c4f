package org.cohesion.browser;

import com.microsoft.playwright.Page;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.cohesion.annotation.AnnotationCategory;
import org.cohesion.people.CommunityService;
import org.cohesion.plan.DrawingService;
import org.cohesion.plan.DrawingTestSupport;
import org.cohesion.plan.PlanService;
import org.cohesion.plan.TestImages;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Benchmark, not a test (the browser side of {@code PinScaleBenchmark}): a drawing with 2,000 pins in Chromium.
 * Measures the time from navigating to the plan's workspace until all 2,000 pins are in the page (against the
 * same workspace with a drawing without pins), and from
 * clicking a pin until it is highlighted and its thread is shown. Vaadin's development mode, as in the browser
 * tests; one signed-in resident, on the same machine as the server.
 *
 * <p>Run: {@code ./mvnw -B -Pbrowser test -Dtest=PinScaleBrowserBenchmark -Dexcluded.test.groups=none
 * -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
class PinScaleBrowserBenchmark extends BrowserTestBase {

    private static final int PINS = 2_000;
    private static final int RUNS = 5;

    @Autowired
    PlanService plans;
    @Autowired
    DrawingService drawings;
    @Autowired
    CommunityService communities;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoThousandPinsInChromium() {
        long planId;
        long emptyPlanId;
        long drawingId;
        long wangfang;
        DrawingTestSupport.login(users, "planner");
        try {
            emptyPlanId = DrawingTestSupport.newPlan(plans, communities, DrawingTestSupport.CHANGHONG);
            drawings.upload(emptyPlanId, "Site plan", TestImages.png(1600, 1000));
            planId = DrawingTestSupport.newPlan(plans, communities, DrawingTestSupport.CHANGHONG);
            drawingId = drawings.upload(planId, "Site plan", TestImages.png(1600, 1000)).id();
            wangfang = DrawingTestSupport.login(users, "wangfang").id();
        } finally {
            SecurityContextHolder.clearContext();
        }
        fill(planId, drawingId, wangfang);

        Page page = signIn(newPage(ENGLISH), "sarah", PASSWORD);
        expectText(page, "My communities");
        List<Double> openEmpty = new ArrayList<>();
        List<Double> open = new ArrayList<>();
        List<Double> select = new ArrayList<>();
        for (int run = 0; run <= RUNS; run++) {
            page.navigate(url("/plans/" + emptyPlanId));
            page.waitForSelector(".annotation-layer");
            page.waitForSelector(".annotation-list");
            double shown = ((Number) page.evaluate("() => performance.now()")).doubleValue();
            if (run > 0) {
                openEmpty.add(shown);
            }

            page.navigate(url("/plans/" + planId));
            page.waitForFunction("n => document.querySelectorAll('button.annotation-pin').length >= n", PINS);
            double drawn = ((Number) page.evaluate("() => performance.now()")).doubleValue();

            int number = 1 + run * 7;
            long start = System.nanoTime();
            AnnotationPages.selectPin(page, number);
            double selected = (System.nanoTime() - start) / 1e6;
            if (run > 0) {
                // the first run warms up the server and the browser's cache
                open.add(drawn);
                select.add(selected);
            }
        }
        System.out.printf("%nPinScaleBrowserBenchmark: %,d pins on one drawing in Chromium (dev mode), %d runs after"
                + " 1 warm-up%n", PINS, RUNS);
        report("navigate -> workspace shown, 0 pins", openEmpty);
        report("navigate -> all 2,000 pins in the page", open);
        report("click a pin -> highlighted, thread shown", select);
        System.out.println("rerun: ./mvnw -B -Pbrowser test -Dtest=PinScaleBrowserBenchmark"
                + " -Dexcluded.test.groups=none -Dsurefire.failIfNoSpecifiedTests=false");
    }

    private void fill(long planId, long drawingId, long authorId) {
        AnnotationCategory[] categories = AnnotationCategory.values();
        java.util.Random random = new java.util.Random(4);
        Timestamp at = Timestamp.from(Instant.parse("2026-05-01T08:00:00Z"));
        List<Object[]> rows = new ArrayList<>(PINS);
        for (int i = 1; i <= PINS; i++) {
            // the pins to click in the measurement are kept apart, in a column at the left
            boolean measured = i % 7 == 1 && i <= 50;
            double x = measured ? 0.03 : 0.1 + 0.85 * random.nextDouble();
            double y = measured ? 0.05 + (i / 7) * 0.12 : random.nextDouble();
            rows.add(new Object[] {planId, drawingId, i, String.format(Locale.ROOT, "%.6f,%.6f", x, y),
                    categories[i % categories.length].name(), "Pin " + i + ": room for benches and shade here.",
                    authorId, at, at});
        }
        jdbc.batchUpdate("insert into annotation (version, plan_id, drawing_id, number, shape, points, category,"
                + " status, body, author_id, created_at, updated_at, deleted)"
                + " values (0, ?, ?, ?, 'PIN', ?, ?, 'OPEN', ?, ?, ?, ?, false)", rows);
    }

    private static void report(String what, List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%-44s p50 %7.0f ms   max %7.0f ms%n", what, sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() - 1));
    }
}
