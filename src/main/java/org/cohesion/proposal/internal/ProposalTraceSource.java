package org.cohesion.proposal.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cohesion.proposal.Proposal;
import org.cohesion.trace.InputKind;
import org.cohesion.trace.InputTraceSource;
import org.cohesion.trace.TraceCursor;
import org.cohesion.trace.TracedInput;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The proposals a person made, and what became of each. */
@Component
class ProposalTraceSource implements InputTraceSource {

    private final ProposalRepository proposals;
    private final ProposalFates fates;

    ProposalTraceSource(ProposalRepository proposals, ProposalFates fates) {
        this.proposals = proposals;
        this.fates = fates;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TracedInput> inputsOf(long userId, TraceCursor.Bound before, int limit) {
        List<Proposal> list = proposals.byAuthorBefore(userId, before.at(), before.id(), Limit.of(limit));
        Map<Long, Instant> at = new HashMap<>();
        list.forEach(p -> at.put(p.getId(), p.getCreatedAt()));
        return fates.traced(InputKind.PROPOSAL, list, at);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> peopleWithInputOn(long planId) {
        return new HashSet<>(proposals.authorsOfPlan(planId));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> originatorsOf(long planId) {
        return peopleWithInputOn(planId);
    }
}
