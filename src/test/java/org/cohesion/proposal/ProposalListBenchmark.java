package org.cohesion.proposal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
 * Benchmark, not a test: 10,000 proposals in Changhong; measures the server time of the list's first page (newest
 * and most supported), of a page deep in the list, of the count, of a status filter, and of the similar-proposal
 * suggestion (which compares with the newest 1,000 supportable ones). Prints p50/p95 over 20 runs after a warm-up.
 *
 * <p>Run: {@code ./mvnw -B test -Dtest=ProposalListBenchmark -Dexcluded.test.groups=none
 * -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
@SpringBootTest
class ProposalListBenchmark {

    private static final int PROPOSALS = 10_000;
    private static final int RUNS = 20;

    @Autowired
    ApplicationContext context;

    @Autowired
    ProposalService proposals;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void tenThousandProposals() {
        long author = ProposalTestSupport.login(context, "wangfang").id();
        long changhong = ProposalTestSupport.changhong(context);
        long fillStart = System.nanoTime();
        Instant t = Instant.now().minusSeconds(PROPOSALS);
        List<Object[]> rows = new ArrayList<>(PROPOSALS);
        String[] statuses = {"OPEN", "OPEN", "OPEN", "READY", "DECLINED"};
        for (int i = 0; i < PROPOSALS; i++) {
            rows.add(new Object[] {changhong, author, "提案 Proposal " + i + " 长椅 benches " + (i % 97),
                    "口袋公园增加长椅和树荫 More benches and shade in the pocket park. ".repeat(1 + i % 4),
                    "POCKET_PARK", "Changhong " + i, statuses[i % statuses.length], i % 13, 5,
                    Timestamp.from(t.plusSeconds(i)), Timestamp.from(t.plusSeconds(i).plusSeconds(60L * 86400))});
        }
        jdbc.batchUpdate("""
                insert into proposal (community_id, author_id, title, description, space_kind, location, status,
                support_count, support_threshold, created_at, expires_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                rows);
        System.out.printf("filled %,d proposals in %d ms%n", PROPOSALS, (System.nanoTime() - fillStart) / 1_000_000);

        ProposalTestSupport.login(context, "sarah");
        ProposalFilter newest = new ProposalFilter(changhong, null, null, ProposalSort.NEWEST);
        ProposalFilter supported = new ProposalFilter(changhong, null, null, ProposalSort.MOST_SUPPORTED);
        ProposalFilter open = new ProposalFilter(changhong, null, ProposalStatus.OPEN, ProposalSort.NEWEST);
        long total = proposals.count(newest);
        measure("first page (50), newest", () -> proposals.search(newest, 0, 50));
        measure("first page (50), most supported", () -> proposals.search(supported, 0, 50));
        measure("page at offset " + (total - 50) + ", newest", () -> proposals.search(newest, (int) total - 50, 50));
        measure("count", () -> proposals.count(newest));
        measure("first page, status OPEN", () -> proposals.search(open, 0, 50));
        measure("similar proposals (typed text)", () -> proposals.similar(changhong, "口袋公园的长椅 benches", ""));
        System.out.println("Rerun: ./mvnw -B test -Dtest=ProposalListBenchmark -Dexcluded.test.groups=none "
                + "-Dsurefire.failIfNoSpecifiedTests=false");
    }

    private static void measure(String what, Supplier<?> work) {
        for (int i = 0; i < 5; i++) {
            work.get();
        }
        long[] ms = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(ms);
        System.out.printf("%-40s p50 %6.1f ms   p95 %6.1f ms%n", what, ms[RUNS / 2] / 1000.0,
                ms[(int) (RUNS * 0.95) - 1] / 1000.0);
    }
}
