package org.cohesion.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.cohesion.base.ValidationException;
import org.cohesion.evaluation.RatingService;
import org.cohesion.implementation.ImplementationService;
import org.cohesion.implementation.MilestoneDraft;
import org.cohesion.implementation.MilestoneStatus;
import org.cohesion.people.FreshCommunity;
import org.cohesion.people.StakeholderGroup;
import org.cohesion.plan.PhaseMove;
import org.cohesion.plan.PlanKind;
import org.cohesion.plan.PlanPhase;
import org.cohesion.plan.PlanPhaseService;
import org.cohesion.plan.PlanService;
import org.cohesion.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The whole process on this database (V15, V16): phase moves with Chinese notes, the decision record, milestones
 * with dates, photos' bytes, status updates and the one-rating-per-member key. On H2 by default, on MariaDB with
 * the {@code mariadb} profile. Needs no demo data: it makes its own community and planner.
 */
@SpringBootTest
class WholeProcessPersistenceIT {

    @Autowired
    PlanService plans;
    @Autowired
    PlanPhaseService phases;
    @Autowired
    DecisionService decisions;
    @Autowired
    ImplementationService implementation;
    @Autowired
    RatingService ratings;

    @Autowired
    ApplicationContext context;

    long communityId;

    @BeforeEach
    void signInAsAFreshPlanner() {
        FreshCommunity community = FreshCommunity.create(context, "WP community", "全过程社区");
        communityId = community.id();
        FreshCommunity.signIn(context, community.member("wp-planner", Role.PLANNER, StakeholderGroup.COMMUNITY_WORKER));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPlanGoesThroughEveryPhaseOnThisDatabase() {
        long id = plans.create(communityId, "全过程 𠮷", PlanKind.POCKET_PARK);
        String note = "征询开始 𠮷 ".repeat(90).strip();
        phases.move(id, PlanPhase.PROPOSAL, PlanPhase.CONSULTATION, note);
        phases.move(id, PlanPhase.CONSULTATION, PlanPhase.DECISION, "决策");
        assertThatThrownBy(() -> phases.move(id, PlanPhase.DECISION, PlanPhase.IMPLEMENTATION, "no record"))
                .isInstanceOf(ValidationException.class);
        String text = "决定：按方案实施。𠮷\n".repeat(900);
        DecisionView decision = decisions.record(id, null, text, List.of(), List.of());
        assertThat(decisions.record(id, decision.version(), "改", List.of(), List.of()).text()).isEqualTo("改");
        phases.move(id, PlanPhase.DECISION, PlanPhase.IMPLEMENTATION, "施工");
        var m = implementation.addMilestone(id, new MilestoneDraft("一期 𠮷", LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 5), 100, MilestoneStatus.DONE));
        byte[] png = org.cohesion.plan.TestImages.png(300, 200);
        long photoId = implementation.addPhoto(m.id(), png, "照片").id();
        implementation.postUpdate(id, "进展 𠮷".repeat(300));
        phases.move(id, PlanPhase.IMPLEMENTATION, PlanPhase.EVALUATION, "评估");
        ratings.rate(id, 4, "好");
        ratings.rate(id, 5, "很好 𠮷".repeat(400));
        phases.move(id, PlanPhase.EVALUATION, PlanPhase.CLOSED, "结束");

        List<PhaseMove> moves = phases.moves(id);
        assertThat(moves).extracting(PhaseMove::to).containsExactly(PlanPhase.CONSULTATION, PlanPhase.DECISION,
                PlanPhase.IMPLEMENTATION, PlanPhase.EVALUATION, PlanPhase.CLOSED);
        assertThat(moves.get(0).note()).isEqualTo(note);
        assertThat(implementation.milestones(id).get(0).targetDate()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(implementation.photo(photoId).bytes()).isEqualTo(png);
        assertThat(implementation.updates(id, 0, 1).get(0).body()).isEqualTo("进展 𠮷".repeat(300));
        assertThat(ratings.summary(id).byStars()).containsExactly(0, 0, 0, 0, 1);
        assertThat(ratings.comments(id, 0, 1).get(0).comment()).isEqualTo("很好 𠮷".repeat(400));
        assertThat(plans.permissions(id).phase()).isEqualTo(PlanPhase.CLOSED);
    }
}
