package org.cohesion.plan;

/** The co-edited fields of a plan, each saved and versioned on its own. */
public enum PlanField {
    TITLE(200, false),
    KIND(30, false),
    LOCATION(300, false),
    SUMMARY(4_000, true),
    GOALS(20_000, true),
    DESIGN_PROPOSAL(50_000, true),
    BUDGET(20, false),
    START_DATE(10, false),
    TARGET_DATE(10, false),
    PHASE(30, false);

    private final int maxLength;
    private final boolean longText;

    PlanField(int maxLength, boolean longText) {
        this.maxLength = maxLength;
        this.longText = longText;
    }

    /** The most characters the field may hold. */
    public int maxLength() {
        return maxLength;
    }

    /** True for the long-form texts (paragraphs), diffed word by word. */
    public boolean isLongText() {
        return longText;
    }

    /** The message key of the field's label. */
    public String labelKey() {
        return "plan.field." + name().toLowerCase().replace('_', '-');
    }
}
