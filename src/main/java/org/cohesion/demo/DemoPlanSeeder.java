package org.cohesion.demo;

import org.cohesion.people.Community;
import org.cohesion.people.internal.CommunityRepository;
import org.cohesion.people.internal.UserRepository;
import org.cohesion.plan.DrawingService;
import org.cohesion.plan.PlanField;
import org.cohesion.plan.PlanPhase;
import org.cohesion.plan.PlanPhaseService;
import org.cohesion.plan.PlanService;
import org.cohesion.plan.internal.PlanRepository;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo plans through the real plan service, signed in as the demo planner, so they get the same
 * history as plans made in the app. Skips plans that exist already.
 */
@Component
class DemoPlanSeeder {

    private final PlanService plans;
    private final PlanPhaseService phases;
    private final DrawingService drawings;
    private final PlanRepository planRepository;
    private final CommunityRepository communities;
    private final UserRepository users;
    private final DemoSignIn signIn;

    DemoPlanSeeder(PlanService plans, PlanPhaseService phases, DrawingService drawings, PlanRepository planRepository, CommunityRepository communities,
                   UserRepository users, DemoSignIn signIn) {
        this.plans = plans;
        this.phases = phases;
        this.drawings = drawings;
        this.planRepository = planRepository;
        this.communities = communities;
        this.users = users;
        this.signIn = signIn;
    }

    int seed() {
        SecurityContext previous = signIn.current();
        signIn.as("planner");
        int created = 0;
        try {
            for (DemoPlans.DemoPlan demo : DemoPlans.ALL) {
                Community community = communities.findByInviteCode(demo.community()).orElseThrow();
                if (planRepository.existsByCommunityIdAndTitle(community.getId(), demo.title())) {
                    continue;
                }
                long id = plans.create(community.getId(), demo.title(), demo.kind());
                for (PlanField field : PlanField.values()) {
                    String value = demo.fields().get(field);
                    if (value != null) {
                        plans.saveField(id, field, value);
                    }
                }
                drawings.upload(id, "现状平面图 Site plan", SiteDrawingGenerator.generate(demo.title()));
                if ("CHANGHONG".equals(demo.community()) && demo.fields().containsKey(PlanField.GOALS)) {
                    users.findByUsername("wangfang").ifPresent(u -> plans.addEditor(id, u.getId()));
                }
                if (demo.phase() != PlanPhase.PROPOSAL) {
                    // the phases before the demo's are walked later (DemoPhaseSeeder); annotations need consultation
                    phases.move(id, PlanPhase.PROPOSAL, PlanPhase.CONSULTATION,
                            "征询开始：欢迎在图纸和文本上留下意见。Consultation opens: comments on drawings and texts welcome.");
                }
                created++;
            }
        } finally {
            signIn.restore(previous);
        }
        return created;
    }
}
