package org.cohesion.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.people.CommunityService;
import org.cohesion.plan.PlanDiff.Change;
import org.cohesion.plan.PlanDiff.Segment;
import org.cohesion.security.CohesionUser;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Plan history on the demo data: grouping into revisions, values as of a revision, diffs, restore, access.
 * The planner creates each plan and invites Sarah to co-edit it; their edits alternate, so each author's turn
 * is a revision (the one-minute window itself is covered by {@link PlanHistoryGroupingTest}). This class
 * shares the Spring context of the other tests on purpose: a second context would install its own security
 * context holder strategy and break the Karibu tests that run after it.
 */
@SpringBootTest
class PlanHistoryServiceTest {

    private static final String PLANNER = "planner";
    private static final String SARAH = "sarah";

    @Autowired
    private PlanHistoryService history;

    @Autowired
    private PlanService plans;

    @Autowired
    private CommunityService communities;

    @Autowired
    private UserDetailsService users;

    @Autowired
    private EntityManagerFactory entityManagerFactory;

    private long planId;
    private long sarahId;

    @BeforeEach
    void createPlan() {
        sarahId = login(SARAH).id();
        login(PLANNER);
        long changhong = communities.myCommunities().stream()
                .filter(c -> "Changhong Residential District".equals(c.name().en()))
                .findFirst().orElseThrow().communityId();
        planId = plans.create(changhong, "History test " + Long.toString(System.nanoTime(), 36), PlanKind.POCKET_PARK);
        plans.addEditor(planId, sarahId);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void creationIsRevisionOne() {
        List<RevisionSummary> list = history.revisions(planId);
        assertThat(list).hasSize(1);
        RevisionSummary first = list.get(0);
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.authorName()).isEqualTo("陈静 Chen Jing");
        assertThat(first.fields()).containsExactly(PlanField.TITLE, PlanField.KIND, PlanField.PHASE);
        assertThat(first.restoredFrom()).isNull();
        assertThat(first.startedAt()).isEqualTo(first.endedAt());
        assertThat(history.countRevisions(planId)).isEqualTo(1);
        assertThat(history.changes(planId, 1)).extracting(PlanChangeView::newValue)
                .containsExactly(plans.open(planId).value(PlanField.TITLE), "POCKET_PARK", "PROPOSAL");
    }

    @Test
    void changesOfOneAuthorInARowFormOneRevision() {
        edit(SARAH, PlanField.SUMMARY, "A pocket park for the east lawn.");
        edit(SARAH, PlanField.GOALS, "Shade and benches.");
        edit(SARAH, PlanField.SUMMARY, "A pocket park for the east lawn, with trees.");
        edit(PLANNER, PlanField.LOCATION, "East lawn, building 12");
        edit(SARAH, PlanField.BUDGET, "12500");

        List<RevisionSummary> list = history.revisions(planId);
        assertThat(list).extracting(RevisionSummary::number).containsExactly(4, 3, 2, 1);
        assertThat(list).extracting(RevisionSummary::authorId).containsExactly(sarahId, list.get(3).authorId(),
                sarahId, list.get(3).authorId());
        assertThat(list.get(0).authorName()).isEqualTo("Sarah Miller");
        assertThat(list.get(0).fields()).containsExactly(PlanField.BUDGET);
        assertThat(list.get(1).fields()).containsExactly(PlanField.LOCATION);
        RevisionSummary grouped = list.get(2);
        assertThat(grouped.fields()).containsExactly(PlanField.SUMMARY, PlanField.GOALS);
        assertThat(grouped.endedAt()).isAfterOrEqualTo(grouped.startedAt());

        List<PlanChangeView> changes = history.changes(planId, 2);
        assertThat(changes).extracting(PlanChangeView::field)
                .containsExactly(PlanField.SUMMARY, PlanField.GOALS, PlanField.SUMMARY);
        assertThat(changes.get(0).oldValue()).isNull();
        assertThat(changes.get(2).oldValue()).isEqualTo("A pocket park for the east lawn.");
        assertThat(changes.get(2).newValue()).isEqualTo("A pocket park for the east lawn, with trees.");
        assertThat(changes).allSatisfy(c -> {
            assertThat(c.authorId()).isEqualTo(sarahId);
            assertThat(c.authorName()).isEqualTo("Sarah Miller");
            assertThat(c.changedAt()).isNotNull();
        });

        assertThat(history.revisions(planId, 1, 2)).extracting(RevisionSummary::number).containsExactly(3, 2);
        assertThat(history.revisions(planId, 3, 10)).extracting(RevisionSummary::number).containsExactly(1);
        assertThat(history.revisions(planId, 4, 10)).isEmpty();
        assertThat(history.countRevisions(planId)).isEqualTo(4);
        assertThatThrownBy(() -> history.changes(planId, 5)).isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void valuesAtReplayTheHistory() {
        edit(SARAH, PlanField.SUMMARY, "First summary");
        edit(PLANNER, PlanField.SUMMARY, "Second summary");
        login(PLANNER);
        PhaseFixture.moveTo(planId, PlanPhase.CONSULTATION);
        edit(SARAH, PlanField.SUMMARY, null);

        Map<PlanField, String> atCreation = history.valuesAt(planId, 1);
        assertThat(atCreation).containsOnlyKeys(PlanField.values());
        assertThat(atCreation.get(PlanField.KIND)).isEqualTo("POCKET_PARK");
        assertThat(atCreation.get(PlanField.PHASE)).isEqualTo("PROPOSAL");
        assertThat(atCreation.get(PlanField.SUMMARY)).isNull();
        assertThat(atCreation.get(PlanField.BUDGET)).isNull();
        assertThat(history.valuesAt(planId, 2).get(PlanField.SUMMARY)).isEqualTo("First summary");
        assertThat(history.valuesAt(planId, 3)).containsEntry(PlanField.SUMMARY, "Second summary")
                .containsEntry(PlanField.PHASE, "CONSULTATION");
        assertThat(history.valuesAt(planId, 4).get(PlanField.SUMMARY)).isNull();
        assertThat(history.valuesAt(planId, 4)).isEqualTo(plans.open(planId).values());
        assertThatThrownBy(() -> history.valuesAt(planId, 5)).isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> history.valuesAt(planId, 0)).isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void diffIsWordLevelForLongTextsInEnglishAndChinese() {
        edit(SARAH, PlanField.SUMMARY, "Plant trees along the north path and add two benches.");
        edit(SARAH, PlanField.GOALS, "在小区东侧建设一个口袋公园，增加休息座椅。");
        edit(PLANNER, PlanField.SUMMARY, "Plant trees along the south path and add three benches.");
        edit(PLANNER, PlanField.GOALS, "在小区西侧建设一个口袋公园，增加遮阳座椅。");
        edit(PLANNER, PlanField.BUDGET, "80000");

        PlanDiff diff = history.diff(planId, 2, 3);
        assertThat(diff.planId()).isEqualTo(planId);
        assertThat(diff.fromRevision()).isEqualTo(2);
        assertThat(diff.toRevision()).isEqualTo(3);
        assertThat(diff.fields()).extracting(PlanDiff.FieldDiff::field)
                .containsExactly(PlanField.SUMMARY, PlanField.GOALS, PlanField.BUDGET);

        PlanDiff.FieldDiff summary = diff.fields().get(0);
        assertThat(summary.isWordDiff()).isTrue();
        assertThat(summary.oldValue()).isEqualTo("Plant trees along the north path and add two benches.");
        assertThat(summary.segments()).containsExactly(
                new Segment(Change.EQUAL, "Plant trees along the "),
                new Segment(Change.DELETED, "north"),
                new Segment(Change.INSERTED, "south"),
                new Segment(Change.EQUAL, " path and add "),
                new Segment(Change.DELETED, "two"),
                new Segment(Change.INSERTED, "three"),
                new Segment(Change.EQUAL, " benches."));

        PlanDiff.FieldDiff goals = diff.fields().get(1);
        assertThat(goals.segments()).containsExactly(
                new Segment(Change.EQUAL, "在小区"),
                new Segment(Change.DELETED, "东"),
                new Segment(Change.INSERTED, "西"),
                new Segment(Change.EQUAL, "侧建设一个口袋公园，增加"),
                new Segment(Change.DELETED, "休息"),
                new Segment(Change.INSERTED, "遮阳"),
                new Segment(Change.EQUAL, "座椅。"));

        PlanDiff.FieldDiff budget = diff.fields().get(2);
        assertThat(budget.isWordDiff()).isFalse();
        assertThat(budget.oldValue()).isNull();
        assertThat(budget.newValue()).isEqualTo("80000.00");
        assertThat(budget.segments()).isEmpty();

        PlanDiff backwards = history.diff(planId, 3, 2);
        assertThat(backwards.fields().get(0).oldValue()).contains("south");
        assertThat(history.diff(planId, 3, 3).isEmpty()).isTrue();
        assertThat(history.diff(planId, 0, 1).fields()).extracting(PlanDiff.FieldDiff::field)
                .containsExactly(PlanField.TITLE, PlanField.KIND, PlanField.PHASE);
        assertThatThrownBy(() -> history.diff(planId, 1, 4)).isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void restoreRecordsANewRevisionAndKeepsTheHistory() {
        edit(SARAH, PlanField.SUMMARY, "Version A");
        edit(SARAH, PlanField.BUDGET, "1000");
        edit(PLANNER, PlanField.SUMMARY, "Version B");
        edit(PLANNER, PlanField.LOCATION, "North gate");
        edit(PLANNER, PlanField.BUDGET, null);
        int generation = plans.open(planId).generation();
        Map<PlanField, String> atTwo = history.valuesAt(planId, 2);

        int restored = history.restore(planId, 2);

        assertThat(restored).isEqualTo(4);
        PlanDetails now = plans.open(planId);
        assertThat(now.values()).isEqualTo(atTwo);
        assertThat(now.value(PlanField.SUMMARY)).isEqualTo("Version A");
        assertThat(now.value(PlanField.LOCATION)).isNull();
        assertThat(now.value(PlanField.BUDGET)).isEqualTo("1000.00");
        assertThat(now.generation()).isEqualTo(generation + 1);

        RevisionSummary newest = history.revisions(planId, 0, 1).get(0);
        assertThat(newest.number()).isEqualTo(4);
        assertThat(newest.restoredFrom()).isEqualTo(2);
        assertThat(newest.isRestore()).isTrue();
        assertThat(newest.authorName()).isEqualTo("陈静 Chen Jing");
        assertThat(newest.fields()).containsExactly(PlanField.LOCATION, PlanField.SUMMARY, PlanField.BUDGET);
        assertThat(history.changes(planId, 4)).filteredOn(c -> c.field() == PlanField.SUMMARY)
                .singleElement().satisfies(c -> {
                    assertThat(c.oldValue()).isEqualTo("Version B");
                    assertThat(c.newValue()).isEqualTo("Version A");
                });
        assertThat(history.countRevisions(planId)).isEqualTo(4);
        assertThat(history.valuesAt(planId, 3).get(PlanField.SUMMARY)).isEqualTo("Version B");
        assertThat(history.valuesAt(planId, 4)).isEqualTo(atTwo);

        // restoring what the plan already holds records nothing
        assertThat(history.restore(planId, 2)).isEqualTo(4);
        assertThat(history.countRevisions(planId)).isEqualTo(4);
        assertThat(plans.open(planId).generation()).isEqualTo(generation + 1);

        // the next edit, even by the same author a moment later, starts its own revision
        plans.saveField(planId, PlanField.GOALS, "After the restore");
        assertThat(history.countRevisions(planId)).isEqualTo(5);
        assertThat(history.revisions(planId, 0, 1).get(0).restoredFrom()).isNull();

        // a co-editor may restore too, back over the restore
        login(SARAH);
        assertThat(history.restore(planId, 3)).isEqualTo(6);
        assertThat(plans.open(planId).value(PlanField.SUMMARY)).isEqualTo("Version B");
        assertThat(plans.open(planId).value(PlanField.GOALS)).isNull();
        assertThat(plans.open(planId).generation()).isEqualTo(generation + 2);
    }

    @Test
    void restoreOverALaterEditKeepsThatEditInTheHistory() {
        edit(SARAH, PlanField.SUMMARY, "Before");
        edit(PLANNER, PlanField.SUMMARY, "The planner's edit");
        login(SARAH);

        int restored = history.restore(planId, 2);

        assertThat(history.changes(planId, restored)).singleElement().satisfies(c -> {
            assertThat(c.oldValue()).isEqualTo("The planner's edit");
            assertThat(c.newValue()).isEqualTo("Before");
            assertThat(c.authorId()).isEqualTo(sarahId);
        });
        assertThat(history.valuesAt(planId, 3).get(PlanField.SUMMARY)).isEqualTo("The planner's edit");
    }

    @Test
    void residentsReadTheHistoryButCannotRestore() {
        edit(SARAH, PlanField.SUMMARY, "Readable by members");
        edit(PLANNER, PlanField.SUMMARY, "Changed");
        login("wangfang");

        assertThat(history.revisions(planId)).hasSize(3);
        assertThat(history.countRevisions(planId)).isEqualTo(3);
        assertThat(history.changes(planId, 3)).hasSize(1);
        assertThat(history.valuesAt(planId, 2)).containsEntry(PlanField.SUMMARY, "Readable by members");
        assertThat(history.diff(planId, 2, 3).fields()).hasSize(1);
        assertThatThrownBy(() -> history.restore(planId, 2)).isInstanceOf(AccessDeniedException.class);

        login(PLANNER);
        assertThat(history.countRevisions(planId)).isEqualTo(3);
        assertThat(plans.open(planId).value(PlanField.SUMMARY)).isEqualTo("Changed");
    }

    @Test
    void membersOfOtherCommunitiesDoNotFindTheHistory() {
        login("liming");
        assertThatThrownBy(() -> history.revisions(planId)).isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> history.revisions(planId, 0, 10)).isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> history.countRevisions(planId)).isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> history.changes(planId, 1)).isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> history.valuesAt(planId, 1)).isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> history.diff(planId, 0, 1)).isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> history.restore(planId, 1)).isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> history.revisions(Long.MAX_VALUE)).isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void signedOutCallersAreRefused() {
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> history.revisions(planId))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void longHistoriesArePagedWithAFixedNumberOfQueries() {
        for (int i = 1; i <= 150; i++) {
            edit(i % 2 == 0 ? PLANNER : SARAH, i % 2 == 0 ? PlanField.SUMMARY : PlanField.GOALS, "Text number " + i);
        }
        assertThat(history.countRevisions(planId)).isEqualTo(151);

        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            List<RevisionSummary> page = history.revisions(planId, 7, 50);
            long pageQueries = queries(statistics, () -> history.revisions(planId, 7, 50));
            long smallPageQueries = queries(statistics, () -> history.revisions(planId, 7, 5));
            Map<PlanField, String> values = history.valuesAt(planId, 100);
            long valuesQueries = queries(statistics, () -> history.valuesAt(planId, 100));
            long earlyValuesQueries = queries(statistics, () -> history.valuesAt(planId, 10));

            assertThat(page).extracting(RevisionSummary::number).startsWith(144, 143).endsWith(95).hasSize(50);
            assertThat(page).allSatisfy(r -> assertThat(r.fields()).hasSize(1));
            assertThat(page).extracting(RevisionSummary::authorName).contains("Sarah Miller", "陈静 Chen Jing");
            assertThat(pageQueries).as("queries for a page of 50 revisions, not one per revision")
                    .isEqualTo(smallPageQueries).isLessThanOrEqualTo(8);
            assertThat(values.get(PlanField.GOALS)).isEqualTo("Text number 99");
            assertThat(values.get(PlanField.SUMMARY)).isEqualTo("Text number 98");
            assertThat(valuesQueries).as("queries for the values at a revision, not one per change")
                    .isEqualTo(earlyValuesQueries).isLessThanOrEqualTo(8);
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }

    private static long queries(Statistics statistics, Runnable work) {
        statistics.clear();
        work.run();
        return statistics.getPrepareStatementCount();
    }

    private void edit(String username, PlanField field, String value) {
        login(username);
        plans.saveField(planId, field, value);
    }

    private CohesionUser login(String username) {
        CohesionUser user = (CohesionUser) users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }
}
