package org.cohesion.moderation;

/**
 * Published (Spring application event) after a moderator hid a contribution with a reason, committed: for
 * notifying its author. {@code annotationId} is the annotation itself, or null for a comment.
 */
public record ContentHidden(ContentType type, long contentId, long planId, long authorId, long actorId,
                            String reason, Long annotationId) {
}
