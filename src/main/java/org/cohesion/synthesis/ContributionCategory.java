package org.cohesion.synthesis;

/** The category a contribution was given; comments have none of their own ({@link #COMMENT}). */
public enum ContributionCategory {
    IDEA,
    CONCERN,
    QUESTION,
    SUPPORT,
    COMMENT;

    /** The message key of this category's translated name. */
    public String labelKey() {
        return "synthesis.category." + name().toLowerCase();
    }

    /** The category of the same name, or {@link #COMMENT} for null. */
    public static ContributionCategory of(String name) {
        return name == null ? COMMENT : valueOf(name);
    }
}
