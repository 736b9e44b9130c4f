package org.cohesion.discussion;

/**
 * A thread as the viewer sees it: its plan and subject, and whether the viewer may post (the plan is not
 * closed). The general thread has {@code subjectId} null.
 */
public record ThreadInfo(long id, long planId, SubjectType subjectType, Long subjectId, boolean canPost) {
}
