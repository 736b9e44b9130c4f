package org.cohesion.annotation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cohesion.annotation.AnnotationShape;
import org.cohesion.annotation.SiteAnnotation;
import org.cohesion.moderation.Visibility;
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
 * A person's pins, areas and remarks with their planners' answers and moderation; and, for a proposal that became a
 * plan, how many annotations residents made on it (visible ones only).
 */
@Component
class AnnotationTraceSource implements InputTraceSource, InputOutcomeSource {

    private final AnnotationRepository annotations;

    AnnotationTraceSource(AnnotationRepository annotations) {
        this.annotations = annotations;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TracedInput> inputsOf(long userId, TraceCursor.Bound before, int limit) {
        List<TracedInput> traced = new ArrayList<>();
        for (SiteAnnotation a : annotations.byAuthorBefore(userId, before.at(), before.id(), Limit.of(limit))) {
            InputKind kind = a.getShape() == AnnotationShape.TEXT ? InputKind.REMARK : InputKind.ANNOTATION;
            traced.add(new TracedInput(new InputRef(kind, a.getId()), a.getCreatedAt(), a.getPlanId(), null,
                    a.getNumber(), TracedInput.firstWords(a.getBody()),
                    "plans/" + a.getPlanId() + "?annotation=" + a.getId(),
                    outcomes(a)));
        }
        return traced;
    }

    private static List<Outcome> outcomes(SiteAnnotation a) {
        List<Outcome> outcomes = new ArrayList<>();
        if (a.getModeration() == Visibility.HIDDEN || a.getModeration() == Visibility.BLOCKED) {
            outcomes.add(Outcome.of(OutcomeKind.HIDDEN, null, a.getModerationReason(), null));
        } else if (a.getModeration() == Visibility.AWAITING_REVIEW) {
            outcomes.add(Outcome.of(OutcomeKind.AWAITING_REVIEW, null, null, null));
        }
        String history = "plans/" + a.getPlanId() + "/history";
        switch (a.getStatus()) {
            case OPEN -> outcomes.add(Outcome.of(OutcomeKind.NOT_ANSWERED, null, null, null));
            case ACCEPTED -> outcomes.add(Outcome.of(OutcomeKind.ACCEPTED, null, a.getStatusReason(), null));
            case DECLINED -> outcomes.add(Outcome.of(OutcomeKind.DECLINED, null, a.getStatusReason(), null));
            case ADDRESSED -> outcomes.add(new Outcome(OutcomeKind.ADDRESSED, null, a.getAddressedInRevision(), null,
                    a.getStatusReason(), history));
        }
        if (a.isOutdated()) {
            outcomes.add(Outcome.of(OutcomeKind.OUTDATED, null, null, null));
        }
        return outcomes;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> peopleWithInputOn(long planId) {
        return new HashSet<>(annotations.visibleAuthorsOn(planId));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<InputRef, List<Outcome>> outcomesOf(List<TracedInput> inputs) {
        Set<Long> plans = TracedInput.plansOf(inputs, TracedInput::isProposal);
        if (plans.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> counts = new HashMap<>();
        annotations.visibleCountsOn(plans).forEach(r -> counts.put((Long) r[0], ((Number) r[1]).intValue()));
        Map<InputRef, List<Outcome>> found = new HashMap<>();
        for (TracedInput input : inputs) {
            Integer count = input.isProposal() ? counts.get(input.planId()) : null;
            if (count != null && count > 0) {
                found.put(input.ref(), List.of(Outcome.counted(OutcomeKind.CONTRIBUTIONS_ON_PLAN, null, count,
                        "plans/" + input.planId())));
            }
        }
        return found;
    }
}
