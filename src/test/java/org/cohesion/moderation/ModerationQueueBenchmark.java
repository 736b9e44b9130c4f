package org.cohesion.moderation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Benchmark, not a test: a moderation queue of 10,000 items in Changhong; measures the server time of opening
 * the queue as the moderator sees it (count plus the first page of 50, what the grid asks for), a page deep in
 * it, and the filtered queue (status, reason, plan). Prints p50/p95 over 20 runs after a warm-up.
 *
 * <p>Run: {@code ./mvnw -B test -Dtest=ModerationQueueBenchmark -Dexcluded.test.groups=none
 * -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
@SpringBootTest
class ModerationQueueBenchmark {

    private static final int ITEMS = 10_000;
    private static final int RUNS = 20;

    @Autowired
    ApplicationContext context;
    @Autowired
    ModerationService moderation;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void queueOfTenThousand() {
        long author = ModerationTestSupport.login(context, "wangfang").id();
        long planId = ModerationTestSupport.newPlan(context, ModerationServiceTest.CHANGHONG);
        long community = jdbc.queryForObject("select community_id from plan where id = ?", Long.class, planId);
        String[] reasons = {",SPAM,", ",OFFENSIVE,", ",SPAM,OFF_TOPIC,", ",PERSONAL_INFORMATION,", ",OTHER,"};
        long fillStart = System.nanoTime();
        Instant t = Instant.parse("2026-05-01T08:00:00Z");
        List<Object[]> rows = new ArrayList<>(ITEMS);
        for (int i = 0; i < ITEMS; i++) {
            Timestamp at = Timestamp.from(t.plusSeconds(i * 7L));
            rows.add(new Object[] {i % 2 == 0 ? "COMMENT" : "ANNOTATION", 2_000_000_000L + i, planId, community,
                    "Benchmark plan", author, "评论 Flagged item " + i + " — 长椅和树荫 benches and shade",
                    i % 3 == 0 ? "REVIEWED" : "PENDING", i % 4 == 0 ? "HIDDEN" : "VISIBLE", 1 + i % 5,
                    reasons[i % reasons.length], at, at});
        }
        jdbc.batchUpdate("""
                insert into moderation_item (content_type, content_id, plan_id, community_id, plan_title, author_id,
                  excerpt, review, visibility, flag_count, reasons, created_at, last_activity)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        double fill = (System.nanoTime() - fillStart) / 1e6;

        ModerationTestSupport.login(context, "moderator");
        QueueFilter all = QueueFilter.all();
        QueueFilter pendingSpam = new QueueFilter(QueueStatus.PENDING, community, planId, FlagReason.SPAM);
        QueueFilter hidden = new QueueFilter(QueueStatus.HIDDEN, null, null, null);
        report("fill " + ITEMS + " items (ms)", List.of(fill));
        report("open queue: count + first 50", measure(() -> moderation.count(all) + moderation.queue(all, 0, 50).size()));
        report("page at offset 9,000", measure(() -> moderation.queue(all, 9_000, 50).size()));
        report("filtered: pending, spam, plan", measure(() -> moderation.count(pendingSpam)
                + moderation.queue(pendingSpam, 0, 50).size()));
        report("filtered: hidden", measure(() -> moderation.count(hidden) + moderation.queue(hidden, 0, 50).size()));
        System.out.println("Rerun: ./mvnw -B test -Dtest=ModerationQueueBenchmark -Dexcluded.test.groups=none"
                + " -Dsurefire.failIfNoSpecifiedTests=false");
    }

    private static List<Double> measure(Supplier<Object> call) {
        for (int i = 0; i < 5; i++) {
            call.get();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.get();
            times.add((System.nanoTime() - start) / 1e6);
        }
        return times;
    }

    private static void report(String what, List<Double> times) {
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        double p50 = sorted.get(sorted.size() / 2);
        double p95 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
        System.out.printf("BENCHMARK moderation queue | %-32s | p50 %8.1f ms | p95 %8.1f ms%n", what, p50, p95);
    }
}
