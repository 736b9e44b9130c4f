package org.cohesion.trace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A piece of a person's input and what became of it, oldest outcome first (states that hold now last).
 *
 * @param at when it was given (its order in the trace)
 * @param planId the plan it was about; null for a proposal not (yet) a plan
 * @param planTitle the plan's title, filled in by {@link TraceService}; null without a plan
 * @param number an annotation's number on its plan, a rating's stars; else null
 * @param excerpt the input's first words (or a proposal's title, a poll's question) as plain text
 * @param link where the input opens, relative to the app root
 */
public record TracedInput(InputRef ref, Instant at, Long planId, String planTitle, Integer number, String excerpt,
                          String link, List<Outcome> outcomes) {

    /** The most characters of an input's text a trace shows. */
    public static final int EXCERPT = 120;

    private static final Comparator<Outcome> BY_TIME =
            Comparator.comparing(Outcome::at, Comparator.nullsLast(Comparator.naturalOrder()));

    public TracedInput {
        outcomes = List.copyOf(outcomes);
    }

    /** The same input with more outcomes, in order of time. */
    public TracedInput with(List<Outcome> more, String title) {
        List<Outcome> all = new ArrayList<>(outcomes);
        all.addAll(more);
        all.sort(BY_TIME);
        return new TracedInput(ref, at, planId, title, number, excerpt, link, all);
    }

    /** Whether the input is a proposal or a support of one: what a plan may have been made from. */
    public boolean isProposal() {
        return ref.kind() == InputKind.PROPOSAL || ref.kind() == InputKind.SUPPORT;
    }

    /** Whether an outcome of this kind is among the input's outcomes. */
    public boolean has(OutcomeKind kind) {
        return outcomes.stream().anyMatch(o -> o.kind() == kind);
    }

    /** The first words of a text, at most {@value #EXCERPT} characters, with an ellipsis when cut. */
    public static String firstWords(String text) {
        String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return flat.codePointCount(0, flat.length()) <= EXCERPT ? flat
                : flat.substring(0, flat.offsetByCodePoints(0, EXCERPT)).strip() + "…";
    }

    /** The plans of those inputs that have a plan the viewer may see (a title) and match {@code which}. */
    public static Set<Long> plansOf(List<TracedInput> inputs, Predicate<TracedInput> which) {
        Set<Long> plans = new HashSet<>();
        inputs.stream().filter(i -> i.planId() != null && i.planTitle() != null && which.test(i))
                .forEach(i -> plans.add(i.planId()));
        return plans;
    }
}
