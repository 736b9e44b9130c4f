package org.cohesion.synthesis;

/** What a contribution is: a pin or area on a drawing, a remark on a plan text, or a comment in a thread. */
public enum ContributionKind {
    PIN,
    AREA,
    REMARK,
    COMMENT;

    /** The message key of this kind's translated name. */
    public String labelKey() {
        return "synthesis.kind." + name().toLowerCase();
    }
}
