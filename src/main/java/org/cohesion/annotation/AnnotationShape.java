package org.cohesion.annotation;

/**
 * What an annotation marks: one point on a drawing, a polygon of three or more points on it, or a passage of
 * one of the plan's texts (a remark).
 */
public enum AnnotationShape {
    PIN,
    AREA,
    TEXT
}
