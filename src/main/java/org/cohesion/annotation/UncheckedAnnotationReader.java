package org.cohesion.annotation;

import java.util.List;
import java.util.Map;
import org.cohesion.annotation.internal.AnnotationRepository;
import org.cohesion.base.Transactions;
import org.cohesion.moderation.Visibility;
import org.cohesion.people.UncheckedDisplayNames;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * Reads the pins and areas on a plan's drawings <strong>without any access check</strong>, for a live session's
 * room, whose guests are not members of the plan's community. Callers must have checked access themselves (a
 * valid pass of a live session of this plan) and must show nothing else. Not a service: nothing here is protected
 * by method security. What it returns is read-only: not the reader's own, no reply counts.
 */
@Component
public class UncheckedAnnotationReader {

    private final AnnotationRepository annotations;
    private final UncheckedDisplayNames names;
    private final Transactions transactions;

    UncheckedAnnotationReader(AnnotationRepository annotations, UncheckedDisplayNames names,
                              Transactions transactions) {
        this.annotations = annotations;
        this.names = names;
        this.transactions = transactions;
    }

    /** The plan's live, visible (not hidden by moderators, not awaiting review) pins and areas by number, at most {@code max}, with their authors' names. */
    public List<AnnotationInfo> pinsAndAreas(long planId, int max) {
        List<SiteAnnotation> found = transactions.read(() -> annotations
                .findByPlanIdAndDrawingIdIsNotNullAndDeletedFalseAndModerationOrderByNumberAsc(planId, Visibility.VISIBLE,
                        Limit.of(Math.max(1, max))));
        Map<Long, String> authors = names.of(found.stream().map(SiteAnnotation::getAuthorId).distinct().toList());
        return found.stream().map(a -> new AnnotationInfo(a.getId(), a.getPlanId(), a.getDrawingId(), a.getNumber(),
                a.getShape(), a.getPoints(), a.getCategory(), a.getStatus(), a.getStatusReason(),
                a.getAddressedInRevision(), a.getBody(), a.getAuthorId(), authors.getOrDefault(a.getAuthorId(), ""),
                a.getCreatedAt(), a.getUpdatedAt(), false, false, null, null, false, 0, Visibility.VISIBLE, null)).toList();
    }

    /** Whether the annotation is a live pin or area on a drawing of the plan. */
    public boolean isPinOrArea(long planId, long annotationId) {
        return transactions.read(() -> annotations.findByIdAndDeletedFalse(annotationId)
                .filter(a -> a.getPlanId() == planId && a.getDrawingId() != null
                        && a.getModeration() == Visibility.VISIBLE).isPresent());
    }
}
