package org.cohesion.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cohesion.people.StakeholderGroup;
import org.cohesion.plan.PlanField;
import org.cohesion.synthesis.internal.OverviewCalculator;
import org.junit.jupiter.api.Test;

/** The overview of known contributions: exact counts in every chart, in a fixed order. */
class OverviewCalculatorTest {

    // 2026-03-02 is a Monday; times in UTC, weeks in Shanghai (UTC+8)
    static final Instant MON = Instant.parse("2026-03-02T02:00:00Z");

    static Contribution pin(long id, ContributionCategory category, ContributionStatus status, long author,
                            StakeholderGroup group, Instant at, long support, long drawing, double x, double y) {
        return new Contribution("annotation:" + id, ContributionKind.PIN, category, status, "pin " + id, null, author,
                "Person " + author, group, at, support, null, drawing, x, y, null, "plans/1?annotation=" + id);
    }

    static Contribution remark(long id, ContributionCategory category, long author, StakeholderGroup group,
                               Instant at, PlanField field) {
        return new Contribution("annotation:" + id, ContributionKind.REMARK, category, ContributionStatus.OPEN,
                "remark " + id, "quoted", author, "Person " + author, group, at, 0, field, null, null, null, null,
                "plans/1?annotation=" + id);
    }

    static Contribution comment(long id, long author, StakeholderGroup group, Instant at, long support,
                                String subject) {
        return new Contribution("comment:" + id, ContributionKind.COMMENT, ContributionCategory.COMMENT,
                ContributionStatus.NONE, "comment " + id, null, author, "Person " + author, group, at, support, null,
                null, null, null, subject, "plans/1");
    }

    static final List<Contribution> DATA = List.of(
            pin(1, ContributionCategory.IDEA, ContributionStatus.OPEN, 10, StakeholderGroup.RESIDENT, MON, 3, 100,
                    0.1, 0.1),
            pin(2, ContributionCategory.IDEA, ContributionStatus.ACCEPTED, 11, StakeholderGroup.SHOP_OR_BUSINESS,
                    MON.plusSeconds(60), 5, 100, 0.5, 0.5),
            pin(3, ContributionCategory.CONCERN, ContributionStatus.OPEN, 10, StakeholderGroup.RESIDENT,
                    MON.plusSeconds(120), 1, 100, 0.9, 0.9),
            pin(4, ContributionCategory.QUESTION, ContributionStatus.DECLINED, 12, null, MON.plusSeconds(180), 0,
                    200, 0.95, 0.05),
            pin(5, ContributionCategory.IDEA, ContributionStatus.OPEN, 13, StakeholderGroup.WORK_UNIT,
                    MON.plusSeconds(240), 5, 100, 0.34, 0.1),
            remark(6, ContributionCategory.QUESTION, 11, StakeholderGroup.SHOP_OR_BUSINESS,
                    Instant.parse("2026-03-16T01:00:00Z"), PlanField.GOALS),
            remark(7, ContributionCategory.SUPPORT, 14, StakeholderGroup.COMMUNITY_WORKER,
                    Instant.parse("2026-03-16T02:00:00Z"), PlanField.SUMMARY),
            // Sunday 2026-03-08 23:30 in Shanghai is 15:30 UTC: still the first week
            comment(8, 10, StakeholderGroup.RESIDENT, Instant.parse("2026-03-08T15:30:00Z"), 2, "annotation:1"),
            // Monday 2026-03-09 00:30 in Shanghai is Sunday 16:30 UTC: the second week
            comment(9, 11, StakeholderGroup.SHOP_OR_BUSINESS, Instant.parse("2026-03-08T16:30:00Z"), 0,
                    "annotation:6"),
            comment(10, 12, null, Instant.parse("2026-03-16T03:00:00Z"), 7, null));

    static Overview overview() {
        Map<Long, String> drawings = new LinkedHashMap<>();
        drawings.put(100L, "Site");
        drawings.put(200L, "Detail");
        return OverviewCalculator.compute(DATA, drawings);
    }

    static Map<String, Long> counts(List<Tally> tallies) {
        Map<String, Long> map = new LinkedHashMap<>();
        tallies.forEach(t -> map.put(t.key(), t.contributions()));
        return map;
    }

    @Test
    void totalsAndCategoriesAndStatusesAndKinds() {
        Overview o = overview();
        assertThat(o.total()).isEqualTo(10);
        assertThat(o.people()).isEqualTo(5);
        assertThat(counts(o.byCategory())).containsExactly(Map.entry("IDEA", 3L), Map.entry("CONCERN", 1L),
                Map.entry("QUESTION", 2L), Map.entry("SUPPORT", 1L), Map.entry("COMMENT", 3L));
        assertThat(counts(o.byStatus())).containsExactly(Map.entry("OPEN", 5L), Map.entry("ACCEPTED", 1L),
                Map.entry("DECLINED", 1L), Map.entry("ADDRESSED", 0L), Map.entry("NONE", 3L));
        assertThat(counts(o.byKind())).containsExactly(Map.entry("PIN", 5L), Map.entry("AREA", 0L),
                Map.entry("REMARK", 2L), Map.entry("COMMENT", 3L));
        assertThat(o.byCategory().get(0).people()).as("three ideas by three people").isEqualTo(3);
    }

    @Test
    void commentsCountWhereTheirAnnotationIs() {
        Overview o = overview();
        assertThat(counts(o.bySection())).containsExactly(Map.entry("SUMMARY", 1L), Map.entry("GOALS", 2L),
                Map.entry("DESIGN_PROPOSAL", 0L), Map.entry("DRAWINGS", 6L), Map.entry("GENERAL", 1L));
        assertThat(o.byRegion()).extracting(DrawingRegions::title).containsExactly("Site", "Detail");
        assertThat(counts(o.byRegion().get(0).regions())).containsExactly(Map.entry("NORTH_WEST", 2L),
                Map.entry("NORTH", 1L), Map.entry("NORTH_EAST", 0L), Map.entry("WEST", 0L), Map.entry("CENTRE", 1L),
                Map.entry("EAST", 0L), Map.entry("SOUTH_WEST", 0L), Map.entry("SOUTH", 0L),
                Map.entry("SOUTH_EAST", 1L));
        assertThat(counts(o.byRegion().get(1).regions()).get("NORTH_EAST")).isEqualTo(1L);
    }

    @Test
    void mostSupportedIdeasAndUnresolvedConcernsAndQuestions() {
        Overview o = overview();
        assertThat(o.mostSupported()).extracting(Contribution::id)
                .as("support, then oldest first").containsExactly("annotation:2", "annotation:5", "annotation:1");
        assertThat(o.unresolved()).extracting(Contribution::id).containsExactly("annotation:3", "annotation:6");
        assertThat(o.unresolvedCount()).isEqualTo(2);
    }

    @Test
    void participationByWeekCommunityAndGroup() {
        Overview o = overview();
        assertThat(o.byWeek()).containsExactly(new Tally("2026-03-02", 6, 4), new Tally("2026-03-09", 1, 1),
                new Tally("2026-03-16", 3, 3));
        assertThat(o.byCommunity()).containsExactly(new Tally("MEMBERS", 8, 4), new Tally("OUTSIDE", 2, 1));
        assertThat(o.byGroup()).containsExactly(new Tally("RESIDENT", 3, 1), new Tally("SHOP_OR_BUSINESS", 3, 1),
                new Tally("SOCIAL_ORGANISATION", 0, 0), new Tally("WORK_UNIT", 1, 1),
                new Tally("COMMUNITY_WORKER", 1, 1), new Tally("NONE", 2, 1));
    }

    @Test
    void sameInputSameOverview() {
        assertThat(overview()).isEqualTo(overview());
        assertThat(OverviewCalculator.compute(List.of(), Map.of()).total()).isZero();
    }
}
