package org.cohesion.plan;

import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.people.CommunityAccess;
import org.cohesion.plan.internal.PlanRepository;
import org.cohesion.security.CurrentUser;
import org.cohesion.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and edit a plan: members of its community (and admins) see it; its co-editors and the
 * community's planners edit it. A plan the viewer may not see is reported as not found.
 */
@Component
class PlanAccess {

    private final PlanRepository plans;
    private final CommunityAccess communities;
    private final CurrentUser currentUser;

    PlanAccess(PlanRepository plans, CommunityAccess communities, CurrentUser currentUser) {
        this.plans = plans;
        this.communities = communities;
        this.currentUser = currentUser;
    }

    Plan visible(long planId) {
        Plan plan = plans.findById(planId).orElseThrow(() -> new ObjectNotFoundException("Plan " + planId));
        if (!isVisible(plan)) {
            throw new ObjectNotFoundException("Plan " + planId);
        }
        return plan;
    }

    boolean isVisible(Plan plan) {
        return communities.canActIn(plan.getCommunityId());
    }

    Plan editable(long planId) {
        Plan plan = visible(planId);
        if (!canEdit(plan)) {
            throw new AccessDeniedException("Not a co-editor of plan " + planId);
        }
        return plan;
    }

    boolean canEdit(Plan plan) {
        long me = currentUser.requireId();
        return plan.getEditorIds().contains(me) || canManageEditors(plan);
    }

    boolean canManageEditors(Plan plan) {
        return (currentUser.hasRole(Role.PLANNER) && communities.canActIn(plan.getCommunityId()))
                || currentUser.hasRole(Role.ADMIN);
    }
}
