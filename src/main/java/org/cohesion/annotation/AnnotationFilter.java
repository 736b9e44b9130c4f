package org.cohesion.annotation;

/**
 * Which annotations of a plan to list: of one drawing (its pins and areas), or only the remarks on the plan's
 * texts, of a category and status; null means any. With neither a drawing nor {@code remarksOnly}, all of the
 * plan's annotations.
 */
public record AnnotationFilter(Long drawingId, AnnotationCategory category, AnnotationStatus status,
                               boolean remarksOnly) {

    public AnnotationFilter {
        if (remarksOnly && drawingId != null) {
            throw new IllegalArgumentException("Remarks are on texts, not on drawing " + drawingId);
        }
    }

    /** Annotations of one drawing (or any), category and status. */
    public AnnotationFilter(Long drawingId, AnnotationCategory category, AnnotationStatus status) {
        this(drawingId, category, status, false);
    }

    /** Every annotation of one drawing. */
    public static AnnotationFilter drawing(long drawingId) {
        return new AnnotationFilter(drawingId, null, null);
    }

    /** The shape the filter asks for: remarks only, or null for any. */
    AnnotationShape shape() {
        return remarksOnly ? AnnotationShape.TEXT : null;
    }
}
