package org.cohesion.annotation;

/**
 * Published (Spring application event) when moderation changed who sees an annotation or remark — hidden,
 * restored or approved —, so that open workspaces and session rooms show it live; listeners act after commit.
 */
public record AnnotationVisibilityChanged(long annotationId, long planId) {
}
