package org.cohesion.synthesis;

/** How the planners answered a contribution; comments are not answered ({@link #NONE}). */
public enum ContributionStatus {
    OPEN,
    ACCEPTED,
    DECLINED,
    ADDRESSED,
    NONE;

    /** The message key of this status's translated name. */
    public String labelKey() {
        return "synthesis.status." + name().toLowerCase();
    }

    /** The status of the same name, or {@link #NONE} for null. */
    public static ContributionStatus of(String name) {
        return name == null ? NONE : valueOf(name);
    }
}
