package org.cohesion.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cohesion.base.ObjectNotFoundException;
import org.cohesion.plan.PhaseMove;
import org.cohesion.plan.PlanHeadline;
import org.cohesion.plan.PlanPhaseService;
import org.cohesion.plan.PlanService;
import org.cohesion.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * "What happened to my input": every proposal, support, annotation, remark, comment, vote and rating a person gave,
 * newest first, each with what became of it. Collected from the features' {@link InputTraceSource}s and
 * {@link InputOutcomeSource}s; a person only ever sees their own input here.
 */
@Service
public class TraceService {

    /** The most inputs one page holds. */
    public static final int MAX_PAGE = 100;

    private final List<InputTraceSource> sources;
    private final List<InputOutcomeSource> outcomeSources;
    private final PlanService plans;
    private final PlanPhaseService phases;
    private final CurrentUser currentUser;

    TraceService(List<InputTraceSource> sources, List<InputOutcomeSource> outcomeSources, PlanService plans,
                 PlanPhaseService phases, CurrentUser currentUser) {
        this.sources = sources.stream().sorted(Comparator.comparing(s -> s.getClass().getName())).toList();
        this.outcomeSources = outcomeSources;
        this.plans = plans;
        this.phases = phases;
        this.currentUser = currentUser;
    }

    /** One page of the viewer's input, newest first, after {@code after} (null: the newest page). */
    @PreAuthorize("isAuthenticated()")
    public TracePage myInputs(TraceCursor after, int limit) {
        long me = currentUser.requireId();
        int size = Math.max(1, Math.min(MAX_PAGE, limit));
        List<Ranked> found = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            TraceCursor.Bound bound = after == null ? TraceCursor.first() : after.before(i);
            for (TracedInput input : sources.get(i).inputsOf(me, bound, size + 1)) {
                found.add(new Ranked(i, input));
            }
        }
        found.sort(Comparator.comparing((Ranked r) -> r.input.at()).thenComparingInt(Ranked::source)
                .thenComparingLong(r -> r.input.ref().id()).reversed());
        List<Ranked> page = found.subList(0, Math.min(size, found.size()));
        TraceCursor next = null;
        if (found.size() > size) {
            Ranked last = page.get(page.size() - 1);
            next = new TraceCursor(last.input.at(), last.source, last.input.ref().id());
        }
        return new TracePage(complete(page.stream().map(Ranked::input).toList()), next);
    }

    private List<TracedInput> complete(List<TracedInput> inputs) {
        Set<Long> planIds = new HashSet<>();
        inputs.stream().map(TracedInput::planId).filter(Objects::nonNull).forEach(planIds::add);
        Map<Long, PlanHeadline> headlines = plans.headlines(planIds);
        List<TracedInput> titled = new ArrayList<>();
        for (TracedInput input : inputs) {
            PlanHeadline plan = input.planId() == null ? null : headlines.get(input.planId());
            titled.add(plan == null ? input : input.with(planOutcomes(input, plan), plan.title()));
        }
        Map<InputRef, List<Outcome>> more = new HashMap<>();
        for (InputOutcomeSource source : outcomeSources) {
            source.outcomesOf(titled).forEach((ref, list) -> more.computeIfAbsent(ref, r -> new ArrayList<>())
                    .addAll(list));
        }
        return titled.stream().map(i -> i.with(more.getOrDefault(i.ref(), List.of()), i.planTitle())).toList();
    }

    /** A proposal's plan shows each move it made; other input the phase its plan is in now. */
    private List<Outcome> planOutcomes(TracedInput input, PlanHeadline plan) {
        String link = "plans/" + plan.id();
        if (!input.isProposal()) {
            return List.of(Outcome.of(OutcomeKind.PLAN_PHASE_NOW, null, plan.phase().labelKey(), link));
        }
        try {
            List<Outcome> moves = new ArrayList<>();
            for (PhaseMove move : phases.moves(plan.id())) {
                moves.add(Outcome.of(OutcomeKind.PHASE_MOVED, move.at(), move.to().labelKey(), link));
            }
            return moves;
        } catch (ObjectNotFoundException e) {
            return List.of();
        }
    }

    private record Ranked(int source, TracedInput input) {
    }
}
