package org.cohesion.proposal.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cohesion.proposal.Proposal;
import org.cohesion.proposal.ProposalStatus;
import org.cohesion.trace.InputKind;
import org.cohesion.trace.InputRef;
import org.cohesion.trace.Outcome;
import org.cohesion.trace.OutcomeKind;
import org.cohesion.trace.TracedInput;
import org.springframework.stereotype.Component;

/** What became of proposals, as their authors' and supporters' traces tell it. */
@Component
class ProposalFates {

    private final ProposalRepository proposals;
    private final Clock clock;

    ProposalFates(ProposalRepository proposals, Clock clock) {
        this.proposals = proposals;
        this.clock = clock;
    }

    /** The proposals as traced input of the given kind, in the order given. */
    List<TracedInput> traced(InputKind kind, List<Proposal> list, Map<Long, Instant> givenAt) {
        Map<Long, String> mergedInto = titles(list.stream().map(Proposal::getMergedIntoId)
                .filter(Objects::nonNull).distinct().toList());
        List<TracedInput> traced = new ArrayList<>(list.size());
        for (Proposal p : list) {
            traced.add(new TracedInput(new InputRef(kind, p.getId()), givenAt.get(p.getId()), p.getPlanId(), null,
                    null, TracedInput.firstWords(p.getTitle()), "proposals/" + p.getId(), fate(p, mergedInto)));
        }
        return traced;
    }

    private List<Outcome> fate(Proposal p, Map<Long, String> mergedInto) {
        List<Outcome> outcomes = new ArrayList<>();
        if (p.getReadyAt() != null) {
            outcomes.add(Outcome.counted(OutcomeKind.PROPOSAL_READY, p.getReadyAt(), p.getSupportThreshold(), null));
        }
        ProposalStatus status = p.statusAt(clock.instant());
        switch (status) {
            case OPEN, READY -> outcomes.add(new Outcome(OutcomeKind.SUPPORTS, null, p.getSupportCount(),
                    p.getSupportThreshold(), null, null));
            case EXPIRED -> outcomes.add(Outcome.of(OutcomeKind.PROPOSAL_EXPIRED, p.getExpiresAt(), null, null));
            case DECLINED -> outcomes.add(Outcome.of(OutcomeKind.PROPOSAL_DECLINED, p.getClosedAt(),
                    p.getDeclineReason(), null));
            case MERGED -> outcomes.add(Outcome.of(OutcomeKind.PROPOSAL_MERGED, p.getClosedAt(),
                    mergedInto.getOrDefault(p.getMergedIntoId(), ""), "proposals/" + p.getMergedIntoId()));
            case BECAME_PLAN -> {
                if (p.getPlanId() != null) {
                    outcomes.add(Outcome.of(OutcomeKind.BECAME_PLAN, p.getClosedAt(), null,
                            "plans/" + p.getPlanId()));
                }
            }
        }
        return outcomes;
    }

    private Map<Long, String> titles(Collection<Long> ids) {
        Map<Long, String> titles = new HashMap<>();
        if (!ids.isEmpty()) {
            proposals.findAllById(ids).forEach(p -> titles.put(p.getId(), TracedInput.firstWords(p.getTitle())));
        }
        return titles;
    }
}
