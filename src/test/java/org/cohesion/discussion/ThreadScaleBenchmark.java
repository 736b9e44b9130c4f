package org.cohesion.discussion;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cohesion.Timings;
import org.cohesion.discussion.internal.CommentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Benchmark, not a test: a thread of 10,000 comments (some replies, some supported); measures the server time of
 * opening it with its newest 50 comments (what {@code ThreadPanel} asks for), of "load earlier" from the middle,
 * and of counting. Prints p50/p95 over 20 runs after a warm-up.
 *
 * <p>Run: {@code ./mvnw -B test -Dtest=ThreadScaleBenchmark -Dexcluded.test.groups=none
 * -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
@SpringBootTest
class ThreadScaleBenchmark {

    private static final int COMMENTS = 10_000;
    private static final int RUNS = 20;

    @Autowired
    ApplicationContext context;

    @Autowired
    DiscussionService discussion;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void newestFiftyOfTenThousand() {
        long planner = DiscussionTestSupport.login(context, "planner").id();
        long wangfang = DiscussionTestSupport.login(context, "wangfang").id();
        DiscussionTestSupport.login(context, "planner");
        long planId = DiscussionTestSupport.newChanghongPlan(context);
        long threadId = discussion.threadFor(planId, SubjectType.GENERAL, null).id();

        long fillStart = System.nanoTime();
        Instant t = Instant.parse("2026-05-01T08:00:00Z");
        List<Object[]> rows = new ArrayList<>(COMMENTS);
        for (int i = 0; i < COMMENTS; i++) {
            rows.add(new Object[] {threadId, i % 2 == 0 ? planner : wangfang,
                    "评论 Comment " + i + " — " + "长椅和树荫 benches and shade. ".repeat(1 + i % 5),
                    Timestamp.from(t.plusSeconds(i))});
        }
        jdbc.batchUpdate("insert into comment (version, thread_id, author_id, body, created_at, deleted)"
                + " values (0, ?, ?, ?, ?, false)", rows);
        List<Long> ids = jdbc.queryForList("select id from comment where thread_id = ? order by id", Long.class,
                threadId);
        List<Object[]> replies = new ArrayList<>();
        List<Object[]> supports = new ArrayList<>();
        for (int i = 1; i < ids.size(); i += 3) {
            replies.add(new Object[] {ids.get(i - 1), ids.get(i)});
        }
        for (int i = 0; i < ids.size(); i += 2) {
            supports.add(new Object[] {ids.get(i), wangfang, Timestamp.from(t)});
        }
        jdbc.batchUpdate("update comment set parent_id = ? where id = ?", replies);
        jdbc.batchUpdate("insert into comment_support (comment_id, user_id, created_at) values (?, ?, ?)",
                supports);
        double fillMs = (System.nanoTime() - fillStart) / 1e6;
        if (discussion.count(threadId) != COMMENTS) {
            throw new IllegalStateException("thread not filled");
        }

        List<Double> open = Timings.measure(RUNS, () -> {
            discussion.thread(threadId);
            discussion.newest(threadId, 51);
        });
        long middle = ids.get(COMMENTS / 2);
        List<Double> earlier = Timings.measure(RUNS, () -> discussion.before(threadId, middle, 51));
        List<Double> count = Timings.measure(RUNS, () -> discussion.count(threadId));

        System.out.printf("%nThreadScaleBenchmark (H2 in memory): thread of %,d comments, filled in %.0f ms%n",
                COMMENTS, fillMs);
        Timings.report("open: thread + newest 50", open);
        Timings.report("load earlier from the middle (50)", earlier);
        Timings.report("count", count);
        System.out.println("target: opening <= 300 ms server time");
        System.out.println("rerun: ./mvnw -B test -Dtest=ThreadScaleBenchmark -Dexcluded.test.groups=none"
                + " -Dsurefire.failIfNoSpecifiedTests=false");
    }
}
