package org.cohesion.trace;

/** The kinds of input a person gives, each traced on their start page. */
public enum InputKind {
    PROPOSAL,
    SUPPORT,
    ANNOTATION,
    REMARK,
    COMMENT,
    VOTE,
    RATING;

    /** The message key of this kind's translated name. */
    public String labelKey() {
        return "trace.kind." + name().toLowerCase();
    }
}
