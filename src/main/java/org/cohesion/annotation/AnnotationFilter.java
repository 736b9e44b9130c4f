package org.cohesion.annotation;

/** Which annotations of a plan to list: of one drawing, category and status; null means any. */
public record AnnotationFilter(Long drawingId, AnnotationCategory category, AnnotationStatus status) {

    /** Every annotation of one drawing. */
    public static AnnotationFilter drawing(long drawingId) {
        return new AnnotationFilter(drawingId, null, null);
    }
}
