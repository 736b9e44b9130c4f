package org.cohesion.discussion;

/**
 * What a thread discusses: the plan as a whole, or one annotation (a pin or area on a drawing, or a remark on a
 * passage of a plan text: remarks are annotations too).
 */
public enum SubjectType {
    GENERAL,
    ANNOTATION
}
