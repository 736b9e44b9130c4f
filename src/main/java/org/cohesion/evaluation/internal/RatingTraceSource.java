package org.cohesion.evaluation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cohesion.evaluation.Rating;
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

/** A member's ratings of built results, and how the result rates overall (also for the proposal it came from). */
@Component
class RatingTraceSource implements InputTraceSource, InputOutcomeSource {

    private final RatingTraceRepository ratings;

    RatingTraceSource(RatingTraceRepository ratings) {
        this.ratings = ratings;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TracedInput> inputsOf(long userId, TraceCursor.Bound before, int limit) {
        List<TracedInput> traced = new ArrayList<>();
        for (Rating r : ratings.byUserBefore(userId, before.at(), before.id(), Limit.of(limit))) {
            traced.add(new TracedInput(new InputRef(InputKind.RATING, r.getId()), r.getCreatedAt(), r.getPlanId(),
                    null, r.getStars(), TracedInput.firstWords(r.getComment()), "plans/" + r.getPlanId(),
                    List.of()));
        }
        return traced;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> peopleWithInputOn(long planId) {
        return new HashSet<>(ratings.ratersOf(planId));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<InputRef, List<Outcome>> outcomesOf(List<TracedInput> inputs) {
        Set<Long> plans = TracedInput.plansOf(inputs, RatingTraceSource::showsRatings);
        if (plans.isEmpty()) {
            return Map.of();
        }
        Map<Long, Outcome> byPlan = new HashMap<>();
        for (Object[] r : ratings.summaries(plans)) {
            long plan = (Long) r[0];
            byPlan.put(plan, new Outcome(OutcomeKind.RATINGS, null, ((Number) r[1]).intValue(), null,
                    String.format(Locale.ROOT, "%.1f", ((Number) r[2]).doubleValue()), "plans/" + plan));
        }
        Map<InputRef, List<Outcome>> found = new HashMap<>();
        for (TracedInput input : inputs) {
            Outcome outcome = showsRatings(input) ? byPlan.get(input.planId()) : null;
            if (outcome != null) {
                found.put(input.ref(), List.of(outcome));
            }
        }
        return found;
    }

    private static boolean showsRatings(TracedInput input) {
        return input.isProposal() || input.ref().kind() == InputKind.RATING;
    }
}
