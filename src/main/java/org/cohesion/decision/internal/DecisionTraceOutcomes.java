package org.cohesion.decision.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cohesion.decision.AnnotationVerdict;
import org.cohesion.decision.Decision;
import org.cohesion.trace.InputOutcomeSource;
import org.cohesion.trace.InputRef;
import org.cohesion.trace.Outcome;
import org.cohesion.trace.OutcomeKind;
import org.cohesion.trace.TracedInput;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What decision records made of people's input: annotations accepted or declined (with the reason), polls that
 * informed the decision, and the decision on the plan a proposal became.
 */
@Component
class DecisionTraceOutcomes implements InputOutcomeSource {

    private final DecisionRepository decisions;

    DecisionTraceOutcomes(DecisionRepository decisions) {
        this.decisions = decisions;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<InputRef, List<Outcome>> outcomesOf(List<TracedInput> inputs) {
        Set<Long> plans = TracedInput.plansOf(inputs, i -> true);
        if (plans.isEmpty()) {
            return Map.of();
        }
        Map<Long, Decision> byPlan = new HashMap<>();
        decisions.findByPlanIdIn(plans).forEach(d -> byPlan.put(d.getPlanId(), d));
        Map<InputRef, List<Outcome>> found = new HashMap<>();
        for (TracedInput input : inputs) {
            Decision d = input.planTitle() == null ? null : byPlan.get(input.planId());
            Outcome outcome = d == null ? null : outcome(input, d);
            if (outcome != null) {
                found.put(input.ref(), List.of(outcome));
            }
        }
        return found;
    }

    private static Outcome outcome(TracedInput input, Decision d) {
        String link = "plans/" + d.getPlanId();
        return switch (input.ref().kind()) {
            case PROPOSAL, SUPPORT -> Outcome.of(OutcomeKind.DECISION_RECORDED, d.getRecordedAt(), null, link);
            case VOTE -> d.getPollIds().contains(input.ref().id())
                    ? Outcome.of(OutcomeKind.INFORMED_DECISION, d.getRecordedAt(), null, link) : null;
            case ANNOTATION, REMARK -> d.getVerdicts().stream()
                    .filter(v -> v.annotationId() == input.ref().id()).findFirst()
                    .map(v -> verdict(v, d, link)).orElse(null);
            default -> null;
        };
    }

    private static Outcome verdict(AnnotationVerdict v, Decision d, String link) {
        return Outcome.of(v.accepted() ? OutcomeKind.DECISION_ACCEPTED : OutcomeKind.DECISION_DECLINED,
                d.getRecordedAt(), v.reason(), link);
    }
}
