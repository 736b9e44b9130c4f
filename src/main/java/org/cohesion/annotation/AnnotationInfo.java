package org.cohesion.annotation;

import java.time.Instant;
import java.util.List;
import org.cohesion.moderation.Visibility;
import org.cohesion.plan.PlanField;

/**
 * An annotation as the workspace shows it. {@code body} and {@code quote} are plain text, never markup.
 *
 * @param drawingId the drawing of a pin or area; null for a remark on text
 * @param points the pin's point or the area's corners; empty for a remark
 * @param textField the text a remark is on; null for pins and areas
 * @param quote the passage a remark quotes, as last found (or, when outdated, as originally quoted)
 * @param outdated whether a remark's passage is gone from the current text
 * @param replies how many comments its thread holds (deleted ones not counted)
 * @param moderation whether it is hidden or awaits review (then only its author and moderators see it)
 * @param moderationReason the reason a moderator gave for hiding it (for its author)
 */
public record AnnotationInfo(long id, long planId, Long drawingId, int number, AnnotationShape shape,
                             List<Point> points, AnnotationCategory category, AnnotationStatus status,
                             String statusReason, Integer addressedInRevision, String body, long authorId,
                             String authorName, Instant createdAt, Instant updatedAt, boolean mine,
                             boolean canChange, PlanField textField, String quote, boolean outdated,
                             long replies, Visibility moderation, String moderationReason) {

    /** Whether this is a remark on a passage of a plan text (not a pin or area). */
    public boolean isRemark() {
        return shape == AnnotationShape.TEXT;
    }

    /** The first words of the body, at most {@code max} characters, with an ellipsis when cut. */
    public String firstWords(int max) {
        return shorten(body, max);
    }

    /** The first words of a remark's quote (empty for pins and areas). */
    public String quoteWords(int max) {
        return quote == null ? "" : shorten(quote, max);
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

    /** The same annotation with another reply count. */
    AnnotationInfo withReplies(long count) {
        return new AnnotationInfo(id, planId, drawingId, number, shape, points, category, status, statusReason,
                addressedInRevision, body, authorId, authorName, createdAt, updatedAt, mine, canChange, textField,
                quote, outdated, count, moderation, moderationReason);
    }

    private static String shorten(String text, int max) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.codePointCount(0, flat.length()) <= max) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, max)).strip() + "…";
    }
}
