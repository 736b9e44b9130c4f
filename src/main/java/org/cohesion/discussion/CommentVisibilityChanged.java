package org.cohesion.discussion;

/**
 * Published (Spring application event) when moderation changed who sees a comment — hidden, restored or
 * approved —, so that open threads show the change live; listeners act after the change is committed.
 */
public record CommentVisibilityChanged(long commentId, long threadId, long planId) {
}
