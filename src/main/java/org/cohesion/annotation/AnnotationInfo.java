package org.cohesion.annotation;

import java.time.Instant;
import java.util.List;

/** An annotation as the workspace shows it. {@code body} is plain text, never markup. */
public record AnnotationInfo(long id, long planId, long drawingId, int number, AnnotationShape shape,
                             List<Point> points, AnnotationCategory category, AnnotationStatus status,
                             String statusReason, Integer addressedInRevision, String body, long authorId,
                             String authorName, Instant createdAt, Instant updatedAt, boolean mine,
                             boolean canChange) {

    /** The first words of the body, at most {@code max} characters, with an ellipsis when cut. */
    public String firstWords(int max) {
        String flat = body.strip().replaceAll("\\s+", " ");
        if (flat.codePointCount(0, flat.length()) <= max) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, max)).strip() + "…";
    }

    /** The pin's point, or the centre of an area's points (where its number is shown). */
    public Point anchor() {
        double x = 0;
        double y = 0;
        for (Point p : points) {
            x += p.x();
            y += p.y();
        }
        return new Point(x / points.size(), y / points.size());
    }
}
