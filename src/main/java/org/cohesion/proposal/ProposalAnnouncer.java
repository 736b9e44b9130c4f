package org.cohesion.proposal;

import org.cohesion.base.Transactions;
import org.cohesion.proposal.internal.ProposalRepository;
import org.cohesion.proposal.internal.ProposalSupportRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Tells the rest of the application that a proposal's fate changed ({@link ProposalChanged}), after the commit. */
@Component
class ProposalAnnouncer {

    private final ProposalRepository proposals;
    private final ProposalSupportRepository supports;
    private final Transactions transactions;
    private final ApplicationEventPublisher events;

    ProposalAnnouncer(ProposalRepository proposals, ProposalSupportRepository supports, Transactions transactions,
                      ApplicationEventPublisher events) {
        this.proposals = proposals;
        this.supports = supports;
        this.transactions = transactions;
        this.events = events;
    }

    void changed(long proposalId, long actorId) {
        ProposalChanged changed = transactions.read(() -> proposals.findById(proposalId)
                .map(p -> new ProposalChanged(p.getId(), p.getTitle(), p.getStatus(), p.getAuthorId(),
                        supports.supporterIds(p.getId()), p.getPlanId(), p.getMergedIntoId(), p.getDeclineReason(),
                        actorId))
                .orElse(null));
        if (changed != null) {
            events.publishEvent(changed);
        }
    }
}
