package org.cohesion.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.cohesion.decision.DecisionService;
import org.cohesion.evaluation.RatingService;
import org.cohesion.implementation.ImplementationService;
import org.cohesion.implementation.MilestoneDraft;
import org.cohesion.implementation.MilestoneStatus;
import org.cohesion.plan.Plan;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanPhase;
import org.cohesion.plan.PlanPhaseService;
import org.cohesion.plan.internal.PlanRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;

/**
 * Walks the demo plans to their phase of the whole process (one plan in each phase) through the real services,
 * as the demo planner, with a note on every move: for those past consultation a residents' council with a decision
 * poll and a decision record citing it; milestones and status updates for those past decision; ratings by
 * residents for those past implementation. Only plans still where DemoPlanSeeder left them (consultation, one
 * move) are walked, so it runs once.
 */
@Component
@Order(200)
@ConditionalOnProperty(name = "cohesion.demo-data.enabled", havingValue = "true")
class DemoPhaseSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoPhaseSeeder.class);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final PlanPhaseService phases;
    private final DecisionService decisions;
    private final ImplementationService implementation;
    private final RatingService ratings;
    private final PlanRepository plans;
    private final DemoSignIn signIn;
    private final java.time.Clock clock;
    private final DemoDecisionPoll council;

    DemoPhaseSeeder(PlanPhaseService phases, DecisionService decisions, ImplementationService implementation,
                    RatingService ratings, PlanRepository plans, DemoSignIn signIn, java.time.Clock clock,
                    DemoDecisionPoll council) {
        this.phases = phases;
        this.decisions = decisions;
        this.implementation = implementation;
        this.ratings = ratings;
        this.plans = plans;
        this.signIn = signIn;
        this.clock = clock;
        this.council = council;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedOnStart() {
        try {
            int walked = seed();
            if (walked > 0) {
                log.info("Walked {} demo plans to their phases", walked);
            }
        } catch (RuntimeException e) {
            log.warn("Could not walk the demo plans to their phases", e);
        }
    }

    int seed() {
        SecurityContext previous = signIn.current();
        int walked = 0;
        try {
            for (DemoPlans.DemoPlan demo : DemoPlans.ALL) {
                if (!demo.phase().isAfter(PlanPhase.CONSULTATION)) {
                    continue;
                }
                Plan plan = plans.findAll().stream().filter(p -> demo.title().equals(p.get(PlanField.TITLE)))
                        .findFirst().orElse(null);
                if (plan == null || !PlanPhase.CONSULTATION.name().equals(plan.get(PlanField.PHASE))) {
                    continue;
                }
                signIn.as("planner");
                if (phases.moves(plan.getId()).size() != 1) {
                    continue;
                }
                walk(plan.getId(), demo);
                walked++;
            }
        } finally {
            signIn.restore(previous);
        }
        return walked;
    }

    private void walk(long planId, DemoPlans.DemoPlan demo) {
        PlanPhase target = demo.phase();
        phases.move(planId, PlanPhase.CONSULTATION, PlanPhase.DECISION,
                "征询结束，共收到居民意见若干，进入决策。Consultation closed; moving to the decision.");
        decisions.record(planId, null, """
                居民议事会讨论后决定：按修改后的方案实施，保留居民最关心的要素，分两期施工，费用由街道和社区共同承担。

                After the residents' council: build the revised design, keeping what residents cared about most, \
                in two stages, paid for jointly by the sub-district and the community.""",
                List.of(council.hold(planId)), List.of());
        if (target == PlanPhase.DECISION) {
            return;
        }
        phases.move(planId, PlanPhase.DECISION, PlanPhase.IMPLEMENTATION,
                "决策已记录，施工单位进场。The decision is recorded; the contractor starts.");
        LocalDate today = LocalDate.now(clock.withZone(SHANGHAI));
        implementation.addMilestone(planId, new MilestoneDraft("设计深化与公示 Detailed design and notice",
                today.minusDays(60), today.minusDays(55), 100, MilestoneStatus.DONE));
        implementation.addMilestone(planId, new MilestoneDraft("一期施工 First stage of works",
                today.minusDays(20), null, 60, MilestoneStatus.IN_PROGRESS));
        implementation.addMilestone(planId, new MilestoneDraft("二期施工与验收 Second stage and handover",
                today.plusDays(45), null, 0, MilestoneStatus.PLANNED));
        implementation.postUpdate(planId, "设计已在社区公告栏公示两周，无异议。The design was on the notice board for two "
                + "weeks; no objections.");
        implementation.postUpdate(planId, "一期施工开始，工期内请绕行东侧通道。First stage started: please use the east "
                + "path while works last.");
        if (target == PlanPhase.IMPLEMENTATION) {
            return;
        }
        implementation.postUpdate(planId, "全部完工并通过验收。All works are finished and handed over.");
        phases.move(planId, PlanPhase.IMPLEMENTATION, PlanPhase.EVALUATION,
                "完工验收，欢迎大家评价使用效果。Handed over: please rate how well it works.");
        rate(planId, "wangfang", 5, "晚饭后散步很方便，老人们都很喜欢。");
        rate(planId, "sarah", 4, "Great for running; a drinking fountain would make it perfect.");
        rate(planId, "moderator", 3, null);
        signIn.as("planner");
        if (target == PlanPhase.EVALUATION) {
            return;
        }
        phases.move(planId, PlanPhase.EVALUATION, PlanPhase.CLOSED,
                "评估结束，项目归档。Evaluation finished; the plan is archived.");
    }

    /** A rating by a member of the plan's community (members of other communities are skipped). */
    private void rate(long planId, String username, int stars, String comment) {
        signIn.as(username);
        try {
            ratings.rate(planId, stars, comment);
        } catch (org.cohesion.base.ObjectNotFoundException e) {
            // not a member of this plan's community
        }
    }
}
