package org.cohesion.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cohesion.KaribuTest;
import org.cohesion.discussion.DiscussionService;
import org.cohesion.discussion.SubjectType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark, not a test: a plan with 10,000 contributions (6,000 pins, areas and remarks, 4,000 comments; mixed
 * Chinese and English), written in one transaction with JDBC batches; measures the server time of the overview and
 * of the themes (reading the contributions included), p50 and max over 7 runs after a warm-up. Target: each ≤ 1 s.
 *
 * <p>Run: {@code ./mvnw -B test -Dtest=SynthesisBenchmark -Dexcluded.test.groups=none
 * -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
class SynthesisBenchmark extends KaribuTest {

    private static final int ANNOTATIONS = 6_000;
    private static final int COMMENTS = 4_000;
    private static final int RUNS = 7;
    private static final String[] CHINESE = {
        "在大树下放几张长椅，老人可以在这里乘凉聊天。", "晚上这里很暗，需要加路灯。", "儿童游戏角要有软质地面。",
        "希望保留老银杏树，夏天有树荫。", "雨水花园会不会有蚊子？谁来维护？", "自行车停车位太少，电动车充电不安全。"};
    private static final String[] ENGLISH = {
        "Please add more benches under the trees for older neighbours.", "It is very dark at night; add lights.",
        "The play corner needs a soft surface for small children.", "Keep the old ginkgo tree, it gives shade.",
        "Who will look after the rain garden, and will it attract mosquitoes?", "More bicycle parking, safe charging."};

    @Autowired
    SynthesisService synthesis;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void overviewAndThemesOfTenThousandContributions() throws Exception {
        long[] authors = {login("wangfang").id(), login("sarah").id(), login("moderator").id(),
            login("admin").id(), login("planner").id()};
        SynthesisFixture f = SynthesisFixture.create(context, this::login);
        long threadId = context.getBean(DiscussionService.class).threadFor(f.planId, SubjectType.GENERAL, null).id();
        String[] shapes = {"PIN", "AREA", "TEXT"};
        String[] categories = {"IDEA", "CONCERN", "QUESTION", "SUPPORT"};
        String[] statuses = {"OPEN", "ACCEPTED", "DECLINED", "ADDRESSED"};
        String[] fields = {"SUMMARY", "GOALS", "DESIGN_PROPOSAL"};
        Instant t0 = Instant.parse("2026-03-02T00:00:00Z");

        long fillStart = System.nanoTime();
        List<Object[]> annotations = new ArrayList<>(ANNOTATIONS);
        for (int i = 0; i < ANNOTATIONS; i++) {
            String shape = shapes[i % 3];
            String points = switch (shape) {
                case "PIN" -> String.format("%.6f,%.6f", (i * 37 % 1000) / 1000.0, (i * 91 % 1000) / 1000.0);
                case "AREA" -> "0.100000,0.100000;0.300000,0.100000;0.300000,0.300000";
                default -> "";
            };
            String text = (i % 2 == 0 ? CHINESE[i % CHINESE.length] : ENGLISH[i % ENGLISH.length]) + " #" + i;
            Timestamp at = Timestamp.from(t0.plusSeconds(i * 300L));
            annotations.add(new Object[] {f.planId, "TEXT".equals(shape) ? null : f.drawingId, 100 + i, shape, points,
                categories[i % 4], statuses[i % 4], text, authors[i % authors.length], at, at,
                "TEXT".equals(shape) ? fields[i % 3] : null, "TEXT".equals(shape) ? "老人" : null});
        }
        List<Object[]> comments = new ArrayList<>(COMMENTS);
        for (int i = 0; i < COMMENTS; i++) {
            String text = (i % 2 == 1 ? CHINESE[i % CHINESE.length] : ENGLISH[i % ENGLISH.length]) + " (" + i + ")";
            comments.add(new Object[] {threadId, authors[(i + 1) % authors.length], text,
                Timestamp.from(t0.plusSeconds(i * 450L))});
        }
        transactions.executeWithoutResult(s -> {
            jdbc.batchUpdate("""
                    insert into annotation (plan_id, drawing_id, number, shape, points, category, status, body,
                      author_id, created_at, updated_at, text_field, quote)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", annotations);
            jdbc.batchUpdate("insert into comment (thread_id, author_id, body, created_at) values (?, ?, ?, ?)",
                    comments);
        });
        double fillMs = (System.nanoTime() - fillStart) / 1e6;

        login("planner");
        assertThat(synthesis.overview(f.planId).total()).isEqualTo(ANNOTATIONS + COMMENTS + 6);
        double[] overview = new double[RUNS];
        double[] themes = new double[RUNS];
        long coldStart = System.nanoTime();
        synthesis.themes(f.planId);
        double coldMs = (System.nanoTime() - coldStart) / 1e6;
        for (int r = 0; r < RUNS; r++) {
            long start = System.nanoTime();
            Overview o = synthesis.overview(f.planId);
            overview[r] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            List<Theme> list = synthesis.themes(f.planId);
            themes[r] = (System.nanoTime() - start) / 1e6;
            assertThat(o.total()).isEqualTo(ANNOTATIONS + COMMENTS + 6);
            assertThat(list).isNotEmpty();
        }
        System.out.printf("%nSynthesisBenchmark: %,d contributions (%,d annotations, %,d comments), filled in %.0f ms%n",
                ANNOTATIONS + COMMENTS + 6, ANNOTATIONS + 6, COMMENTS, fillMs);
        System.out.printf("  overview: p50 %.0f ms, max %.0f ms (%d runs)%n", p50(overview), max(overview), RUNS);
        System.out.printf("  themes, first run (every text analysed): %.0f ms%n", coldMs);
        System.out.printf("  themes:   p50 %.0f ms, max %.0f ms (%d runs)%n", p50(themes), max(themes), RUNS);
        System.out.println("  top themes: " + synthesis.themes(f.planId).stream().limit(8).map(Theme::label).toList());
        System.out.println("  rerun: ./mvnw -B test -Dtest=SynthesisBenchmark -Dexcluded.test.groups=none "
                + "-Dsurefire.failIfNoSpecifiedTests=false");
    }

    private static double p50(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
