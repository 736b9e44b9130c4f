package org.cohesion.notification;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cohesion.annotation.AnnotationAnswered;
import org.cohesion.annotation.AnnotationInfo;
import org.cohesion.annotation.AnnotationService;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.discussion.CommentPosted;
import org.cohesion.discussion.SubjectType;
import org.cohesion.moderation.ContentHidden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happens elsewhere into notifications: an answer to an annotation notifies its author; a comment
 * in an annotation's thread notifies the annotation's author; a reply notifies the author of the comment
 * replied to; a moderator hiding a contribution notifies its author. All of these concern the recipient's own
 * input (see {@link NotificationPreference}). Nobody is notified of what they did themselves, nor twice for one
 * comment. Runs synchronously in the acting person's request, after their change was stored; a failure here is
 * logged and never undoes or refuses that change.
 */
@Component
class NotificationRecorder {

    private static final Logger log = LoggerFactory.getLogger(NotificationRecorder.class);

    private final NotificationStore store;
    private final AnnotationService annotations;
    private final Clock clock;

    NotificationRecorder(NotificationStore store, AnnotationService annotations, Clock clock) {
        this.store = store;
        this.annotations = annotations;
        this.clock = clock;
    }

    @EventListener
    public void annotationAnswered(AnnotationAnswered e) {
        try {
            if (e.authorId() == e.actorId()) {
                return;
            }
            store(List.of(UserNotification.statusChanged(e.authorId(), e.planId(), e.annotationId(), e.number(),
                    e.shape(), e.actorId(), e.status(), e.reason(), e.revision(),
                    clock.instant().truncatedTo(ChronoUnit.MICROS))));
        } catch (RuntimeException ex) {
            log.warn("Could not notify the author of annotation {} of its new status", e.annotationId(), ex);
        }
    }

    @EventListener
    public void contentHidden(ContentHidden e) {
        try {
            if (e.authorId() == e.actorId()) {
                return;
            }
            store(List.of(UserNotification.hidden(e.authorId(), e.planId(), e.annotationId(), e.actorId(),
                    e.reason(), clock.instant().truncatedTo(ChronoUnit.MICROS))));
        } catch (RuntimeException ex) {
            log.warn("Could not notify the author of {} {} that it was hidden", e.type(), e.contentId(), ex);
        }
    }

    @EventListener
    public void commentPosted(CommentPosted e) {
        try {
            AnnotationInfo annotation = e.subjectType() == SubjectType.ANNOTATION && e.subjectId() != null
                    ? annotationOrNull(e.subjectId()) : null;
            Long annotationId = annotation == null ? null : annotation.id();
            Integer number = annotation == null ? null : annotation.number();
            var shape = annotation == null ? null : annotation.shape();
            var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            Set<Long> notified = new HashSet<>();
            notified.add(e.authorId());
            List<UserNotification> list = new ArrayList<>();
            if (e.parentAuthorId() != null && notified.add(e.parentAuthorId())) {
                list.add(UserNotification.comment(e.parentAuthorId(), NotificationKind.REPLY, e.planId(),
                        e.threadId(), e.subjectType(), e.commentId(), annotationId, number, shape, e.authorId(), now));
            }
            if (annotation != null && notified.add(annotation.authorId())) {
                list.add(UserNotification.comment(annotation.authorId(), NotificationKind.ANNOTATION_COMMENT,
                        e.planId(), e.threadId(), e.subjectType(), e.commentId(), annotationId, number, shape,
                        e.authorId(), now));
            }
            store(list);
        } catch (RuntimeException ex) {
            log.warn("Could not notify anyone of comment {}", e.commentId(), ex);
        }
    }

    /** The annotation a thread discusses, as the poster sees it; null when it was deleted meanwhile. */
    private AnnotationInfo annotationOrNull(long annotationId) {
        try {
            return annotations.annotation(annotationId);
        } catch (ObjectNotFoundException e) {
            return null;
        }
    }

    private void store(List<UserNotification> list) {
        store.store(list.stream().map(n -> new NotificationStore.Pending(n, true)).toList());
    }
}
