package org.cohesion.trace;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cohesion.Timings;
import org.cohesion.discussion.DiscussionService;
import org.cohesion.discussion.DiscussionTestSupport;
import org.cohesion.discussion.SubjectType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Benchmark, not a test: a resident with 10,000 comments (on top of the demo's input); measures the server time of
 * her start page's first page of "What happened to my input" (20 inputs, with every outcome source) and of each
 * "Show older input" while paging 50 pages deep. Prints p50/p95 after a warm-up.
 *
 * <p>Run: {@code ./mvnw -B test -Dtest=TraceScaleBenchmark -Dexcluded.test.groups=none
 * -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
@SpringBootTest
class TraceScaleBenchmark {

    private static final int COMMENTS = 10_000;
    private static final int RUNS = 20;
    private static final int DEPTH = 50;

    @Autowired
    ApplicationContext context;

    @Autowired
    TraceService traces;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void tenThousandInputsOfOnePerson() {
        DiscussionTestSupport.login(context, "planner");
        long planId = DiscussionTestSupport.newChanghongPlan(context);
        long threadId = context.getBean(DiscussionService.class).threadFor(planId, SubjectType.GENERAL, null).id();
        long sarah = DiscussionTestSupport.login(context, "sarah").id();
        Instant t = Instant.parse("2026-05-01T08:00:00Z");
        List<Object[]> rows = new ArrayList<>(COMMENTS);
        for (int i = 0; i < COMMENTS; i++) {
            rows.add(new Object[] {threadId, sarah, "Comment " + i + " on shade and benches",
                    Timestamp.from(t.plusSeconds(i))});
        }
        jdbc.batchUpdate("insert into comment (version, thread_id, author_id, body, created_at, deleted)"
                + " values (0, ?, ?, ?, ?, false)", rows);

        List<Double> first = Timings.measure(RUNS, () -> traces.myInputs(null, 20));
        List<Double> older = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            TraceCursor cursor = traces.myInputs(null, 20).next();
            for (int page = 0; page < DEPTH && cursor != null; page++) {
                long start = System.nanoTime();
                cursor = traces.myInputs(cursor, 20).next();
                if (run > 0) {
                    older.add((System.nanoTime() - start) / 1e6);
                }
            }
        }
        Collections.sort(older);
        System.out.printf("%nTraceScaleBenchmark (H2 in memory): one resident with %,d comments%n", COMMENTS);
        Timings.report("first page (20, all outcome sources)", first);
        Timings.report("older page (20), up to 50 pages deep", older);
        System.out.println("rerun: ./mvnw -B test -Dtest=TraceScaleBenchmark -Dexcluded.test.groups=none"
                + " -Dsurefire.failIfNoSpecifiedTests=false");
    }
}
