package org.cohesion.discussion;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.cohesion.discussion.internal.CommentRepository;
import org.cohesion.discussion.internal.ThreadRepository;
import org.cohesion.moderation.ContentModerationPort;
import org.cohesion.moderation.ContentType;
import org.cohesion.moderation.ModeratedContent;
import org.cohesion.moderation.Visibility;
import org.cohesion.plan.UncheckedPlanReader;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Comments as moderation sees them (its SPI). No access checks: the moderation service checked them. A comment
 * approved after waiting for review is announced as if just posted ({@link CommentPosted}: notifications);
 * open threads show it on their next refresh.
 */
@Component
class CommentModeration implements ContentModerationPort {

    private final CommentRepository comments;
    private final ThreadRepository threads;
    private final UncheckedPlanReader planReader;
    private final ApplicationEventPublisher events;

    CommentModeration(CommentRepository comments, ThreadRepository threads, UncheckedPlanReader planReader,
                      ApplicationEventPublisher events) {
        this.comments = comments;
        this.threads = threads;
        this.planReader = planReader;
        this.events = events;
    }

    static String link(DiscussionThread thread) {
        return thread.getSubjectType() == SubjectType.GENERAL ? "plans/" + thread.getPlanId()
                : "plans/" + thread.getPlanId() + "?annotation=" + thread.getSubjectId();
    }

    @Override
    public ContentType type() {
        return ContentType.COMMENT;
    }

    @Override
    public Optional<ModeratedContent> find(long contentId) {
        return comments.findById(contentId).filter(c -> !c.isDeleted()).map(c -> {
            DiscussionThread t = threads.findById(c.getThreadId()).orElseThrow();
            long community = planReader.plan(t.getPlanId()).communityId();
            return new ModeratedContent(ContentType.COMMENT, c.getId(), c.getBody(), c.getAuthorId(), t.getPlanId(),
                    community, false, null, link(t), c.getCreatedAt(), c.getModeration(), c.getModerationReason());
        });
    }

    @Override
    public void changeVisibility(long contentId, Visibility visibility, String reason) {
        Comment c = comments.findById(contentId).orElseThrow();
        boolean published = c.getModeration() == Visibility.AWAITING_REVIEW && visibility == Visibility.VISIBLE;
        c.moderate(visibility, reason);
        comments.saveAndFlush(c);
        DiscussionThread t = threads.findById(c.getThreadId()).orElseThrow();
        events.publishEvent(new CommentVisibilityChanged(c.getId(), t.getId(), t.getPlanId()));
        if (published) {
            Long parentAuthor = c.getParentId() == null ? null
                    : comments.findById(c.getParentId()).map(Comment::getAuthorId).orElse(null);
            events.publishEvent(new CommentPosted(c.getId(), t.getId(), t.getPlanId(), t.getSubjectType(),
                    t.getSubjectType() == SubjectType.GENERAL ? null : t.getSubjectId(), c.getParentId(),
                    parentAuthor, c.getAuthorId()));
        }
    }

    @Override
    public int blockAuthor(long authorId) {
        List<Comment> list = comments.byAuthor(authorId,
                EnumSet.of(Visibility.VISIBLE));
        list.forEach(c -> c.moderate(Visibility.BLOCKED, c.getModerationReason()));
        comments.flush();
        return list.size();
    }

    @Override
    public int unblockAuthor(long authorId) {
        List<Comment> list = comments.byAuthor(authorId, EnumSet.of(Visibility.BLOCKED));
        list.forEach(c -> c.moderate(Visibility.VISIBLE, null));
        comments.flush();
        return list.size();
    }
}
