package org.cohesion.annotation;

/**
 * Published (as a Spring application event) after a planner's answer to an annotation was stored: who answered
 * ({@code actorId}), whose annotation it is ({@code authorId}) and the answer. Listeners run in the answering
 * person's request, after the write committed.
 */
public record AnnotationAnswered(long annotationId, long planId, int number, AnnotationShape shape, long authorId,
                                 long actorId, AnnotationStatus status, String reason, Integer revision) {
}
