package org.cohesion.discussion;

/**
 * Published (as a Spring application event) after a comment was stored: its thread's plan and subject, the
 * comment it replies to and that comment's author ({@code null} for a top-level comment), and who wrote it.
 * Listeners run in the poster's request, after the write committed.
 */
public record CommentPosted(long commentId, long threadId, long planId, SubjectType subjectType, Long subjectId,
                            Long parentId, Long parentAuthorId, long authorId) {
}
