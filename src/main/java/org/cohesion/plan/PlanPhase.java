package org.cohesion.plan;

/** Where a plan is in the whole process, from proposal to evaluation. */
public enum PlanPhase {
    PROPOSAL,
    CONSULTATION,
    DECISION,
    IMPLEMENTATION,
    EVALUATION,
    CLOSED;

    /** The message key of this phase's translated name. */
    public String labelKey() {
        return "plan.phase." + name().toLowerCase();
    }

    /** The phase after this one, or null for CLOSED. */
    public PlanPhase next() {
        return this == CLOSED ? null : values()[ordinal() + 1];
    }

    /** Whether this phase comes after {@code other}. */
    public boolean isAfter(PlanPhase other) {
        return ordinal() > other.ordinal();
    }
}
