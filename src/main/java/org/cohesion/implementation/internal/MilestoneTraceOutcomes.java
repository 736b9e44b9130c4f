package org.cohesion.implementation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cohesion.implementation.Milestone;
import org.cohesion.implementation.MilestoneStatus;
import org.cohesion.trace.InputOutcomeSource;
import org.cohesion.trace.InputRef;
import org.cohesion.trace.Outcome;
import org.cohesion.trace.OutcomeKind;
import org.cohesion.trace.TracedInput;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The completed milestones of the plan a proposal became, as its author's and supporters' traces tell it; dated
 * when they were marked done.
 */
@Component
class MilestoneTraceOutcomes implements InputOutcomeSource {

    private final MilestoneRepository milestones;

    MilestoneTraceOutcomes(MilestoneRepository milestones) {
        this.milestones = milestones;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<InputRef, List<Outcome>> outcomesOf(List<TracedInput> inputs) {
        Set<Long> plans = TracedInput.plansOf(inputs, TracedInput::isProposal);
        if (plans.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Outcome>> byPlan = new HashMap<>();
        for (Milestone m : milestones.findByPlanIdInAndStatus(plans, MilestoneStatus.DONE)) {
            byPlan.computeIfAbsent(m.getPlanId(), p -> new ArrayList<>()).add(Outcome.of(OutcomeKind.MILESTONE_DONE,
                    m.getUpdatedAt(), TracedInput.firstWords(m.getTitle()), "plans/" + m.getPlanId()));
        }
        Map<InputRef, List<Outcome>> found = new HashMap<>();
        for (TracedInput input : inputs) {
            List<Outcome> done = input.isProposal() && input.planTitle() != null ? byPlan.get(input.planId()) : null;
            if (done != null) {
                found.put(input.ref(), done);
            }
        }
        return found;
    }
}
