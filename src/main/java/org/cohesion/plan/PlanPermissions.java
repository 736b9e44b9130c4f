package org.cohesion.plan;

/**
 * What the signed-in person may do with a plan they can see, for features that hang off plans (such as
 * annotations): its community, its phase, whether they co-edit it and whether they manage it (planners of
 * its community and admins).
 */
public record PlanPermissions(long planId, long communityId, PlanPhase phase, boolean canEdit, boolean canManage) {

    /** Whether the plan is closed: nothing new may be added to it. */
    public boolean closed() {
        return phase == PlanPhase.CLOSED;
    }

    /** Whether the plan is in this phase. */
    public boolean in(PlanPhase expected) {
        return phase == expected;
    }
}
