package org.cohesion.discussion.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cohesion.discussion.Comment;
import org.cohesion.discussion.DiscussionThread;
import org.cohesion.discussion.SubjectType;
import org.cohesion.moderation.Visibility;
import org.cohesion.security.CurrentUser;
import org.cohesion.trace.InputKind;
import org.cohesion.trace.InputOutcomeSource;
import org.cohesion.trace.InputRef;
import org.cohesion.trace.InputTraceSource;
import org.cohesion.trace.Outcome;
import org.cohesion.trace.OutcomeKind;
import org.cohesion.trace.TraceCursor;
import org.cohesion.trace.TracedInput;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's comments (with moderation), and the answers their comments and annotations received: visible
 * replies and comments by others only, so hidden content never shows in anyone else's trace.
 */
@Component
class CommentTraceSource implements InputTraceSource, InputOutcomeSource {

    private final CommentRepository comments;
    private final CurrentUser currentUser;

    CommentTraceSource(CommentRepository comments, CurrentUser currentUser) {
        this.comments = comments;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TracedInput> inputsOf(long userId, TraceCursor.Bound before, int limit) {
        List<TracedInput> traced = new ArrayList<>();
        for (Object[] row : comments.byAuthorBefore(userId, before.at(), before.id(), Limit.of(limit))) {
            Comment c = (Comment) row[0];
            DiscussionThread t = (DiscussionThread) row[1];
            boolean onAnnotation = t.getSubjectType() == SubjectType.ANNOTATION;
            String link = onAnnotation ? "plans/" + t.getPlanId() + "?annotation=" + t.getSubjectId()
                    : "plans/" + t.getPlanId();
            List<Outcome> outcomes = new ArrayList<>();
            if (c.getModeration() == Visibility.HIDDEN || c.getModeration() == Visibility.BLOCKED) {
                outcomes.add(Outcome.of(OutcomeKind.HIDDEN, null, c.getModerationReason(), null));
            } else if (c.getModeration() == Visibility.AWAITING_REVIEW) {
                outcomes.add(Outcome.of(OutcomeKind.AWAITING_REVIEW, null, null, null));
            }
            traced.add(new TracedInput(new InputRef(InputKind.COMMENT, c.getId()), c.getCreatedAt(), t.getPlanId(),
                    null, null, TracedInput.firstWords(c.getBody()), link, outcomes));
        }
        return traced;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> peopleWithInputOn(long planId) {
        return new HashSet<>(comments.visibleAuthorsOn(planId));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<InputRef, List<Outcome>> outcomesOf(List<TracedInput> inputs) {
        Set<Long> commentIds = new HashSet<>();
        Set<Long> annotationIds = new HashSet<>();
        for (TracedInput input : inputs) {
            switch (input.ref().kind()) {
                case COMMENT -> commentIds.add(input.ref().id());
                case ANNOTATION, REMARK -> annotationIds.add(input.ref().id());
                default -> { }
            }
        }
        Map<InputRef, List<Outcome>> found = new HashMap<>();
        if (!commentIds.isEmpty()) {
            comments.visibleRepliesTo(commentIds).forEach(r -> found.put(new InputRef(InputKind.COMMENT, (Long) r[0]),
                    replies(r)));
        }
        if (!annotationIds.isEmpty()) {
            Map<Long, List<Outcome>> byAnnotation = new HashMap<>();
            comments.visibleCommentsOnAnnotations(annotationIds, currentUser.requireId())
                    .forEach(r -> byAnnotation.put((Long) r[0], replies(r)));
            for (TracedInput input : inputs) {
                boolean annotation = input.ref().kind() == InputKind.ANNOTATION
                        || input.ref().kind() == InputKind.REMARK;
                List<Outcome> replies = annotation ? byAnnotation.get(input.ref().id()) : null;
                if (replies != null) {
                    found.put(input.ref(), replies);
                }
            }
        }
        return found;
    }

    private static List<Outcome> replies(Object[] row) {
        return List.of(Outcome.counted(OutcomeKind.REPLIES, null, ((Number) row[1]).intValue(), null));
    }
}
