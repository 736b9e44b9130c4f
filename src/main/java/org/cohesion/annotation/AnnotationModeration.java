package org.cohesion.annotation;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.cohesion.annotation.internal.AnnotationRepository;
import org.cohesion.moderation.ContentModerationPort;
import org.cohesion.moderation.ContentType;
import org.cohesion.moderation.ModeratedContent;
import org.cohesion.moderation.Visibility;
import org.cohesion.plan.UncheckedPlanReader;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Annotations and remarks as moderation sees them (its SPI). No access checks: the moderation service checked
 * them. An approved annotation shows in open workspaces on their next refresh.
 */
@Component
class AnnotationModeration implements ContentModerationPort {

    private final AnnotationRepository annotations;
    private final UncheckedPlanReader planReader;
    private final ApplicationEventPublisher events;

    AnnotationModeration(AnnotationRepository annotations, UncheckedPlanReader planReader,
                         ApplicationEventPublisher events) {
        this.events = events;
        this.annotations = annotations;
        this.planReader = planReader;
    }

    static String link(long planId, long annotationId) {
        return "plans/" + planId + "?annotation=" + annotationId;
    }

    @Override
    public ContentType type() {
        return ContentType.ANNOTATION;
    }

    @Override
    public Optional<ModeratedContent> find(long contentId) {
        return annotations.findByIdAndDeletedFalse(contentId).map(a -> new ModeratedContent(ContentType.ANNOTATION,
                a.getId(), a.getBody(), a.getAuthorId(), a.getPlanId(), planReader.plan(a.getPlanId()).communityId(),
                a.getShape() == AnnotationShape.TEXT, a.getNumber(), link(a.getPlanId(), a.getId()), a.getCreatedAt(),
                a.getModeration(), a.getModerationReason()));
    }

    @Override
    public void changeVisibility(long contentId, Visibility visibility, String reason) {
        SiteAnnotation a = annotations.findById(contentId).orElseThrow();
        a.moderate(visibility, reason);
        annotations.saveAndFlush(a);
        events.publishEvent(new AnnotationVisibilityChanged(a.getId(), a.getPlanId()));
    }

    @Override
    public int blockAuthor(long authorId) {
        List<SiteAnnotation> list = annotations.byAuthor(authorId, EnumSet.of(Visibility.VISIBLE));
        list.forEach(a -> a.moderate(Visibility.BLOCKED, a.getModerationReason()));
        annotations.flush();
        return list.size();
    }

    @Override
    public int unblockAuthor(long authorId) {
        List<SiteAnnotation> list = annotations.byAuthor(authorId, EnumSet.of(Visibility.BLOCKED));
        list.forEach(a -> a.moderate(Visibility.VISIBLE, null));
        annotations.flush();
        return list.size();
    }
}
