package org.cohesion.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cohesion.decision.DecisionService;
import org.cohesion.discussion.DiscussionService;
import org.cohesion.discussion.SubjectType;
import org.cohesion.evaluation.RatingService;
import org.cohesion.notification.NotificationPreference;
import org.cohesion.notification.NotificationService;
import org.cohesion.people.FreshCommunity;
import org.cohesion.people.StakeholderGroup;
import org.cohesion.plan.PlanKind;
import org.cohesion.plan.PlanPhase;
import org.cohesion.plan.PlanPhaseService;
import org.cohesion.plan.PlanService;
import org.cohesion.proposal.NewProposal;
import org.cohesion.proposal.ProposalService;
import org.cohesion.proposal.SpaceKind;
import org.cohesion.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A person's trace and notification preference on this database (V18: keyset queries on microsecond times,
 * Chinese text, the preference row). On H2 by default, on MariaDB with the {@code mariadb} profile. Makes its own
 * community and planner.
 */
@SpringBootTest
class TracePersistenceIT {

    @Autowired
    TraceService traces;
    @Autowired
    PlanService plans;
    @Autowired
    PlanPhaseService phases;
    @Autowired
    DiscussionService discussion;
    @Autowired
    DecisionService decisions;
    @Autowired
    RatingService ratings;
    @Autowired
    ProposalService proposals;
    @Autowired
    NotificationService notifications;

    @Autowired
    ApplicationContext context;

    long communityId;

    @BeforeEach
    void signInAsAFreshPlanner() {
        FreshCommunity community = FreshCommunity.create(context, "Trace community", "足迹社区");
        communityId = community.id();
        FreshCommunity.signIn(context, community.member("trace-planner", Role.PLANNER, StakeholderGroup.COMMUNITY_WORKER));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPersonsInputPagesNewestFirstWithItsOutcomes() {
        long proposal = proposals.create(new NewProposal(communityId, "树荫 𠮷 Shade", "夏天太晒", SpaceKind.POCKET_PARK,
                "东门"));
        long plan = plans.create(communityId, "全过程 𠮷", PlanKind.POCKET_PARK);
        phases.move(plan, PlanPhase.PROPOSAL, PlanPhase.CONSULTATION, "征询");
        long thread = discussion.threadFor(plan, SubjectType.GENERAL, null).id();
        long first = discussion.post(thread, null, "第一条 𠮷").id();
        long second = discussion.post(thread, null, "第二条").id();
        phases.move(plan, PlanPhase.CONSULTATION, PlanPhase.DECISION, "决策");
        decisions.record(plan, null, "按方案实施", List.of(), List.of());
        phases.move(plan, PlanPhase.DECISION, PlanPhase.EVALUATION, "直接评估：小修小补");
        ratings.rate(plan, 4, "不错");

        TracePage page = traces.myInputs(null, 2);
        assertThat(page.inputs()).extracting(TracedInput::ref).containsExactly(
                new InputRef(InputKind.RATING, page.inputs().get(0).ref().id()),
                new InputRef(InputKind.COMMENT, second));
        assertThat(page.inputs().get(0).has(OutcomeKind.RATINGS)).isTrue();
        assertThat(page.inputs().get(0).planTitle()).isEqualTo("全过程 𠮷");
        TracePage rest = traces.myInputs(page.next(), 10);
        assertThat(rest.inputs()).extracting(TracedInput::ref).containsExactly(
                new InputRef(InputKind.COMMENT, first), new InputRef(InputKind.PROPOSAL, proposal));
        assertThat(rest.inputs().get(0).excerpt()).isEqualTo("第一条 𠮷");
        assertThat(rest.inputs().get(0).outcomes()).extracting(Outcome::text).contains("plan.phase.evaluation");
        assertThat(rest.inputs().get(1).has(OutcomeKind.SUPPORTS)).isTrue();
        assertThat(rest.next()).isNull();

        notifications.setPreference(NotificationPreference.MY_INPUT);
        notifications.setPreference(NotificationPreference.NONE);
        assertThat(notifications.preference()).isEqualTo(NotificationPreference.NONE);
    }
}
