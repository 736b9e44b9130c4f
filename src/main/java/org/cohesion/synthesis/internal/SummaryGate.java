package org.cohesion.synthesis.internal;

import org.cohesion.people.CommunityAccess;
import org.cohesion.plan.PlanPermissions;
import org.cohesion.plan.PlanService;
import org.cohesion.security.CurrentUser;
import org.cohesion.security.Role;
import org.cohesion.synthesis.SummaryAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may build and who may read a plan's summary. A plan the person may not see (another community) is not found,
 * as everywhere in Cohesion; a member who may not build is refused.
 */
@Component
public class SummaryGate {

    private final PlanService plans;
    private final CommunityAccess communities;
    private final CurrentUser currentUser;

    SummaryGate(PlanService plans, CommunityAccess communities, CurrentUser currentUser) {
        this.plans = plans;
        this.communities = communities;
        this.currentUser = currentUser;
    }

    /** What the signed-in person may do; not found unless they may see the plan. */
    public SummaryAccess access(long planId) {
        PlanPermissions p = plans.permissions(planId);
        communities.requireMemberOf(p.communityId());
        boolean moderator = currentUser.hasRole(Role.MODERATOR) && communities.canActIn(p.communityId());
        return new SummaryAccess(planId, p.communityId(), p.canManage() || moderator);
    }

    /** Refuses unless the signed-in person builds this plan's summary. */
    public SummaryAccess requireBuilder(long planId) {
        SummaryAccess access = access(planId);
        if (!access.canBuild()) {
            throw new AccessDeniedException("Not a planner or moderator of plan " + planId);
        }
        return access;
    }

    /** Refuses unless the signed-in person may read this plan's published summary (its members). */
    public SummaryAccess requireReader(long planId) {
        return access(planId);
    }
}
