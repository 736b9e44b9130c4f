package org.cohesion.plan;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.base.Transactions;
import org.cohesion.plan.internal.PlanDrawingContentRepository;
import org.cohesion.plan.internal.PlanDrawingRepository;
import org.cohesion.plan.internal.PlanRepository;
import org.springframework.stereotype.Component;

/**
 * Reads a plan's title, long texts and drawings <strong>without any access check</strong>, for features that
 * show a plan to people who are not members of its community (guests of a live session). Callers must have
 * checked access themselves (for a guest: a valid pass of a live session of this plan) before calling, and
 * must show nothing else of the plan. Not a service: nothing here is protected by method security.
 */
@Component
public class UncheckedPlanReader {

    /** What a live session's room shows of its plan. */
    public record PlanView(long id, long communityId, String title, Map<PlanField, String> longTexts,
                           List<DrawingInfo> drawings) {

        /** The long text of the field, or null when empty. */
        public String text(PlanField field) {
            return longTexts.get(field);
        }
    }

    private final PlanRepository plans;
    private final PlanDrawingRepository drawings;
    private final PlanDrawingContentRepository contents;
    private final Transactions transactions;

    UncheckedPlanReader(PlanRepository plans, PlanDrawingRepository drawings, PlanDrawingContentRepository contents,
                        Transactions transactions) {
        this.plans = plans;
        this.drawings = drawings;
        this.contents = contents;
        this.transactions = transactions;
    }

    /** The plan's title, its non-empty long texts (in field order) and drawings; callers checked access. */
    public PlanView plan(long planId) {
        return transactions.read(() -> {
            Plan plan = plans.findById(planId).orElseThrow(() -> new ObjectNotFoundException("Plan " + planId));
            Map<PlanField, String> texts = new EnumMap<>(PlanField.class);
            for (PlanField field : PlanField.values()) {
                String value = plan.get(field);
                if (field.isLongText() && value != null && !value.isBlank()) {
                    texts.put(field, value);
                }
            }
            return new PlanView(plan.getId(), plan.getCommunityId(), plan.get(PlanField.TITLE),
                    Collections.unmodifiableMap(texts),
                    drawings.findByPlanIdOrderByIdAsc(planId).stream().map(DrawingInfo::of).toList());
        });
    }

    /** A drawing's metadata, if it exists; callers checked access to its plan (see {@link DrawingInfo#planId()}). */
    public Optional<DrawingInfo> drawing(long drawingId) {
        return transactions.read(() -> drawings.findById(drawingId).map(DrawingInfo::of));
    }

    /** A drawing's bytes; callers checked access to its plan. */
    public DrawingImage image(long drawingId) {
        return transactions.read(() -> {
            PlanDrawing drawing = drawings.findById(drawingId)
                    .orElseThrow(() -> new ObjectNotFoundException("Drawing " + drawingId));
            PlanDrawingContent content = contents.findById(drawingId)
                    .orElseThrow(() -> new ObjectNotFoundException("Drawing " + drawingId));
            return new DrawingImage(drawing.getContentType(), content.getContent(), drawing.getSha256());
        });
    }
}
