package org.cohesion.discussion;

/** What a thread discusses: the plan as a whole, an annotation on a drawing, or a remark on a text. */
public enum SubjectType {
    GENERAL,
    ANNOTATION,
    REMARK
}
