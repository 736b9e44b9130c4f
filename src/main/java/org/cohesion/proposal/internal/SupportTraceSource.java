package org.cohesion.proposal.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cohesion.proposal.Proposal;
import org.cohesion.proposal.ProposalSupport;
import org.cohesion.trace.InputKind;
import org.cohesion.trace.InputTraceSource;
import org.cohesion.trace.TraceCursor;
import org.cohesion.trace.TracedInput;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The proposals a person supported (their support is input too), and what became of each. */
@Component
class SupportTraceSource implements InputTraceSource {

    private final ProposalSupportRepository supports;
    private final ProposalRepository proposals;
    private final ProposalFates fates;

    SupportTraceSource(ProposalSupportRepository supports, ProposalRepository proposals, ProposalFates fates) {
        this.supports = supports;
        this.proposals = proposals;
        this.fates = fates;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TracedInput> inputsOf(long userId, TraceCursor.Bound before, int limit) {
        List<ProposalSupport> list = supports.byUserBefore(userId, before.at(), before.id(), Limit.of(limit));
        Map<Long, Instant> at = new HashMap<>();
        list.forEach(s -> at.put(s.getProposalId(), s.getCreatedAt()));
        Map<Long, Proposal> byId = new HashMap<>();
        proposals.findAllById(at.keySet()).forEach(p -> byId.put(p.getId(), p));
        List<Proposal> ordered = list.stream().map(s -> byId.get(s.getProposalId()))
                .filter(java.util.Objects::nonNull).toList();
        return fates.traced(InputKind.SUPPORT, ordered, at);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> peopleWithInputOn(long planId) {
        return new HashSet<>(supports.supportersOfPlan(planId));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> originatorsOf(long planId) {
        return peopleWithInputOn(planId);
    }
}
