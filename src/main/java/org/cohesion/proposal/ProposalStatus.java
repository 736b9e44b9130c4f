package org.cohesion.proposal;

/**
 * Where a proposal stands. OPEN gathers support until it reaches its threshold (READY) or its expiry date
 * passes (EXPIRED, computed when read); a planner declines it, merges it into another one or turns it into a
 * plan.
 */
public enum ProposalStatus {
    OPEN,
    READY,
    EXPIRED,
    DECLINED,
    MERGED,
    BECAME_PLAN;

    /** Whether members may still support it (or withdraw their support). */
    public boolean acceptsSupport() {
        return this == OPEN || this == READY;
    }

    /** Whether a planner may still decline it or merge it into another. */
    public boolean undecided() {
        return this == OPEN || this == READY || this == EXPIRED;
    }

    /** The message key of this status's translated name. */
    public String labelKey() {
        return "proposal.status." + name().toLowerCase().replace('_', '-');
    }
}
