package org.cohesion.discussion;

/**
 * A comment with what its thread is about: the plan as a whole ({@code GENERAL}, no subject id) or one annotation
 * (its id).
 */
public record PlanComment(SubjectType subjectType, Long subjectId, CommentView comment) {
}
