package org.cohesion.notification;

import java.time.Instant;
import org.cohesion.annotation.AnnotationShape;
import org.cohesion.annotation.AnnotationStatus;
import org.cohesion.discussion.SubjectType;
import org.cohesion.plan.PlanPhase;

/**
 * A notification as its recipient sees it: what happened ({@code kind}) and the values to say it in the reader's
 * language. {@code planTitle} is null when the plan is no longer visible to the reader. The annotation fields
 * are set for annotation notifications and replies in an annotation's thread; {@code threadSubject} for
 * replies; {@code status}, {@code reason} and {@code revision} for answers. {@code reason} is plain text.
 * {@code planId} is null for a proposal not (yet) a plan; {@code proposalId} and {@code subjectTitle} (the
 * proposal's title) are set for proposal notifications; {@code phase}, {@code subjectTitle} (a milestone's) and
 * {@code summaryNumber} for the progress of plans.
 */
public record NotificationView(long id, NotificationKind kind, Long planId, String planTitle, Long annotationId,
                               Integer annotationNumber, AnnotationShape annotationShape, SubjectType threadSubject,
                               Long commentId, long actorId, String actorName, AnnotationStatus status,
                               String reason, Integer revision, Instant createdAt, Instant readAt,
                               Long proposalId, PlanPhase phase, String subjectTitle, Integer summaryNumber) {

    /** Whether the recipient has not read it yet. */
    public boolean unread() {
        return readAt == null;
    }
}
