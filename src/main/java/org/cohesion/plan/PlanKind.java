package org.cohesion.plan;

/** The kind of shared space a plan is about. */
public enum PlanKind {
    PUBLIC_SPACE,
    POCKET_PARK,
    HISTORICAL_CULTURAL_SITE,
    STREET_RENEWAL,
    COURTYARD_GARDEN,
    OTHER;

    /** The message key of this kind's translated name. */
    public String labelKey() {
        return "plan.kind." + name().toLowerCase().replace('_', '-');
    }
}
