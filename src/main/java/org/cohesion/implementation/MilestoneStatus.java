package org.cohesion.implementation;

/** Where a milestone of the works stands. */
public enum MilestoneStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    DELAYED;

    /** The message key of this status's translated name. */
    public String labelKey() {
        return "implementation.status." + name().toLowerCase().replace('_', '-');
    }
}
