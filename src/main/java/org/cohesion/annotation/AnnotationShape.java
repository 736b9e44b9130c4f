package org.cohesion.annotation;

/** What an annotation marks on a drawing: one point, or a polygon of three or more points. */
public enum AnnotationShape {
    PIN,
    AREA
}
