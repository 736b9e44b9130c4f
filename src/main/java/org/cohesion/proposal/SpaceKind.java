package org.cohesion.proposal;

import org.cohesion.plan.PlanKind;

/** The kind of space a resident proposes something for. */
public enum SpaceKind {
    POCKET_PARK(PlanKind.POCKET_PARK),
    STREET(PlanKind.STREET_RENEWAL),
    COURTYARD(PlanKind.COURTYARD_GARDEN),
    COMMUNITY_CENTRE(PlanKind.PUBLIC_SPACE),
    MARKET(PlanKind.PUBLIC_SPACE),
    RIVERSIDE(PlanKind.PUBLIC_SPACE),
    HISTORIC_SITE(PlanKind.HISTORICAL_CULTURAL_SITE),
    OTHER(PlanKind.OTHER);

    private final PlanKind planKind;

    SpaceKind(PlanKind planKind) {
        this.planKind = planKind;
    }

    /** The kind of plan a proposal about this kind of space becomes. */
    public PlanKind planKind() {
        return planKind;
    }

    /** The message key of this kind's translated name. */
    public String labelKey() {
        return "proposal.kind." + name().toLowerCase().replace('_', '-');
    }
}
