package org.cohesion.synthesis;

import java.time.Instant;
import org.cohesion.people.StakeholderGroup;
import org.cohesion.plan.PlanField;

/**
 * One thing a person contributed to a plan, as the features that hold it report it to synthesis. Text is plain
 * text, never markup.
 *
 * @param id a stable reference, {@code annotation:12} or {@code comment:40}
 * @param quote the passage a remark is on (null for other kinds)
 * @param authorName the author's display name (never a username or e-mail)
 * @param group the author's stakeholder group in the plan's community; null when not a member (an admin)
 * @param support how many people back it (see docs/decisions/0018-synthesis.md)
 * @param section the plan text a remark is on; null for other kinds
 * @param drawingId the drawing of a pin or area; null for other kinds
 * @param x the pin's point or the area's centre, relative to the drawing (0..1); null without a drawing
 * @param subject for a comment in an annotation's thread, that annotation's id ({@code annotation:12}); else null
 * @param link where the contribution opens in the app, relative to the app root
 */
public record Contribution(String id, ContributionKind kind, ContributionCategory category,
                           ContributionStatus status, String text, String quote, long authorId, String authorName,
                           StakeholderGroup group, Instant createdAt, long support, PlanField section,
                           Long drawingId, Double x, Double y, String subject, String link) {

    /** The text and, for a remark, its quote: what themes and exports read. */
    public String fullText() {
        return quote == null || quote.isBlank() ? text : quote + "\n" + text;
    }

    /** The first words of the text, at most {@code max} characters, with an ellipsis when cut. */
    public String excerpt(int max) {
        String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (flat.codePointCount(0, flat.length()) <= max) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, max)).strip() + "…";
    }
}
